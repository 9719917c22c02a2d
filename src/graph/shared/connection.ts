import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in the whole list (Relay connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether this page was asked for with a cursor (`after`), i.e. items come before it.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** `<Type>Connection` and `<Type>Edge` for a node type (one pair per entity, built once at start). */
export function createConnection<T extends object>(nodeType: ClassType<T>, typeName: string): ClassType<ConnectionShape<T>> {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true, description: `One ${typeName} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${typeName}.` })
    node: T;
  }

  @ObjectType(`${typeName}Connection`, { simpleResolvers: true, description: `A page of ${typeName} items (Relay connection, keyset cursors).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { nullable: true, description: 'How many items match the filter in all; computed only when selected.' })
    totalCount: number | null;
  }
  return Connection;
}
