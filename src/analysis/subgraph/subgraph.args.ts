import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RelationshipType } from '../shared/enums.js';

@ArgsType()
export class SubgraphArgs {
  @Field(() => [ID], { description: 'The entities to start from (1 to 50 ids); unknown ids are NOT_FOUND.' })
  ids: string[];

  @Field(() => Int, { nullable: true, description: 'How many links away from them: default 1, at most 3 (above: LIMIT_EXCEEDED).' })
  depth?: number | null;

  @Field(() => [RelationshipType], { nullable: true, description: 'Relationship types to follow; default every domain type (not CITES, REPORTS, FROM, TO, OF, BY).' })
  relationshipTypes?: RelationshipType[] | null;
}
