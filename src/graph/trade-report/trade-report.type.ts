import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';
import { ValueBasis } from '../shared/enums.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: "One source's report of a trade flow. Reports that disagree are all kept; a later revision is a new report." })
export class TradeReport extends Node {
  @Field(() => String, { description: 'The month reported, YYYY-MM.' })
  period: string;

  @Field(() => Float, { nullable: true, description: 'Quantity in metric tonnes, as the source gives it.' })
  quantityTonnes?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value in US dollars, as the source gives it.' })
  valueUsd?: number | null;

  @Field(() => Float, { nullable: true, description: 'Month-on-month change in percent as the source states it (REPORTED, not computed).' })
  reportedMomChangePct?: number | null;

  @Field(() => Float, { nullable: true, description: 'Year-on-year change in percent as the source states it (REPORTED, not computed).' })
  reportedYoyChangePct?: number | null;

  @Field(() => ValueBasis, { description: 'REPORTED by the source, or DERIVED at curation (the note gives the arithmetic).' })
  basis: ValueBasis;

  @Field(() => String, { nullable: true, description: 'When the source published it, YYYY-MM-DD.' })
  publishedOn?: string | null;
}
