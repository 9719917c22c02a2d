import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graph/shared/node.interface.js';
import type { NodeRow } from '../../graph/shared/loaders.js';

@ObjectType({ description: 'One full-text search hit.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity found.' })
  node: NodeRow;

  @Field(() => String, { description: 'Its type (label).' })
  label: string;

  @Field(() => Float, { description: 'Lucene relevance score: higher is better; comparable within one search only.' })
  score: number;
}
