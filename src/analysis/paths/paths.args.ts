import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RelationshipType } from '../shared/enums.js';

@ArgsType()
export class PathsArgs {
  @Field(() => ID, { description: 'Where the paths start, e.g. "element:Dy".' })
  from: string;

  @Field(() => ID, { description: 'Where they end, e.g. "company:ford".' })
  to: string;

  @Field(() => Int, { nullable: true, description: 'At most this many links per path: default 4, at most 6 (above: LIMIT_EXCEEDED).' })
  maxHops?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many paths: default 10, at most 50 (above: LIMIT_EXCEEDED).' })
  first?: number | null;

  @Field(() => [RelationshipType], { nullable: true, description: 'Relationship types a path may use; default every domain type (not CITES, REPORTS, FROM, TO, OF, BY).' })
  relationshipTypes?: RelationshipType[] | null;
}
