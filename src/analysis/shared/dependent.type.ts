import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Confidence } from '../../graph/shared/enums.js';
import { GraphPath } from './graph.type.js';

export const SCORE_FORMULA = 'score = 1 − Π(1 − s(path)) over the distinct paths that link the dependent to the traced entity; '
  + 's(path) = product of its link weights; link weight = confidence weight (HIGH 1, MEDIUM 0.75, LOW 0.5, unsourced domain knowledge 0.75) '
  + '× 0.5 for a USES link marked critical = false. Rounded to 4 decimals. confidence = the weakest sourced link of the best path.';

/** Fields every scored dependent has (an abstract base: each concrete type adds its entity). */
@ObjectType({ description: 'Fields shared by every scored dependent (not used on its own).' })
export abstract class ScoredDependent {
  @Field(() => Float, { description: `How strongly it depends, 0..1: ${SCORE_FORMULA}` })
  score: number;

  @Field(() => Confidence, { nullable: true, description: 'Confidence of the data behind it: the weakest sourced link of its best path; null when that path has no sourced link.' })
  confidence: Confidence | null;

  @Field(() => Int, { description: 'How many distinct paths justify it.' })
  pathCount: number;

  @Field(() => [GraphPath], { description: 'The paths that justify it, best first; the score can be recomputed from them.' })
  paths: GraphPath[];
}
