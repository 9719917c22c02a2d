import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A publication that reports facts: every number in the graph cites at least one.' })
export class Source extends Node {
  @Field(() => String, { description: 'Title of the publication (descriptive where the page gave none).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Who published it, as the fact sheet names them (e.g. "Reuters (via Kitco)").' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD; null when the copy showed none.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The primary source it cites, e.g. "GACC via Global Times".' })
  citing?: string | null;

  @Field(() => String, { nullable: true, description: 'HIGH, MEDIUM or LOW: how reliable the fact sheet judged this publisher.' })
  reliability?: string | null;
}
