import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LinkType } from './link-types.js';

@ObjectType({ description: 'A relationship written by the link mutation.' })
export class Link {
  @Field(() => LinkType, { description: 'The relationship type.' }) type: LinkType;
  @Field(() => ID, { description: 'Id of the start node.' }) fromId: string;
  @Field(() => ID, { description: 'Id of the end node.' }) toId: string;
  @Field(() => [ID], { description: 'Ids of the sources that state the relationship.' }) sourceIds: string[];
  @Field(() => GraphQLJSONObject, { description: 'Every stored property of the relationship (confidence, note, per-unit figures, ...).' }) properties: Record<string, unknown>;
}
