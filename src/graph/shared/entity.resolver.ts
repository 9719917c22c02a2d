import { Arg, Args, ArgsType, Ctx, Field, ID, Info, InputType, Int, Query, Resolver, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ValidateNested } from 'class-validator';
import type { Context } from '../../context.js';
import { NotFoundError } from '../../errors.js';
import { labelOf } from './labels.js';
import type { EntityDescriptor } from './entity.js';
import { createConnection, type ConnectionShape } from './connection.js';
import { buildListQuery, readPage } from './list-query.js';
import { encodeCursor, type CursorPosition } from './cursor.js';
import { SortDirection } from './enums.js';
import { pageSize } from './page-size.js';
import type { NodeRow } from './loaders.js';
import { connectionPlan } from './nested/connection-plan.js';
import { readNode } from './nested/relation-subqueries.js';

/** `<Type>OrderBy`: a sort field from the entity's own enum and a direction. */
export function createOrderBy(typeName: string, sortEnum: object): ClassType<{ field: string; direction: SortDirection }> {
  @InputType(`${typeName}OrderBy`, { description: `How to sort ${typeName} items; ties are broken by id.` })
  class OrderBy {
    @Field(() => sortEnum, { description: 'The field to sort on.' })
    field: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
    direction: SortDirection;
  }
  return OrderBy;
}

/** An item of a page whose cursor is encoded only when selected: most lists ask for the nodes alone. */
class PageEdge {
  constructor(readonly node: NodeRow, private readonly sortKey: string, private readonly sortValue: CursorPosition['value']) {}

  get cursor(): string {
    return encodeCursor({ sort: this.sortKey, value: this.sortValue, id: this.node.id });
  }
}

/**
 * The generic base resolver (type-graphql's resolvers-inheritance pattern): for each entity,
 * a lookup `country(id)` and a connection `countries(where, orderBy, first, after)`.
 */
export function createEntityResolver<T extends object>(descriptor: EntityDescriptor, type: ClassType<T>, where: ClassType, orderBy: ClassType) {
  const Connection = createConnection(type, descriptor.typeName);

  @ArgsType()
  class ListArgs {
    @Field(() => where, { nullable: true, description: 'Only items that meet every given condition.' })
    @ValidateNested()
    where?: Record<string, Record<string, unknown>>;

    @Field(() => orderBy, { nullable: true, description: `Sort order; default ${descriptor.defaultSort} ascending.` })
    orderBy?: { field: string; direction: SortDirection };

    @Field(() => Int, { nullable: true, description: 'Page size: default 20, at most MAX_PAGE_SIZE (100); larger is refused with LIMIT_EXCEEDED.' })
    first?: number;

    // Its length and form are checked where it is decoded (decodeCursor), not by class-validator.
    @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' })
    after?: string;
  }

  @Resolver(() => type)
  class EntityResolver {
    @Query(() => type, { name: descriptor.single, description: `One ${descriptor.typeName} by id; NOT_FOUND when no such ${descriptor.typeName} exists.` })
    async [descriptor.single](@Arg('id', () => ID, { description: `The ${descriptor.typeName}'s global id.` }) id: string, @Ctx() ctx: Context): Promise<NodeRow> {
      const node = labelOf(id) === descriptor.label ? await ctx.loaders.nodeById.load(id) : null;
      if (!node) throw new NotFoundError(descriptor.typeName, id);
      return node;
    }

    @Query(() => Connection, { name: descriptor.plural, description: `${descriptor.typeName} items, filtered, sorted and paged with keyset cursors.` })
    async [descriptor.plural](@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<NodeRow>> {
      const first = pageSize(args.first, ctx.config);
      // The properties the selection reads and its relationship fields, to any depth, come in the same statement.
      const { selection, withTotal } = connectionPlan(info, descriptor.typeName, ctx.config);
      const built = buildListQuery(descriptor, { where: args.where, orderBy: args.orderBy, first, after: args.after, withTotal, selection });
      const { total, rows } = readPage(built, await ctx.db.read(built.query, built.params, `list ${descriptor.plural}`));
      const edges = rows.slice(0, first).map((row) => new PageEdge(readNode(row.node, selection, false), built.sortKey, row.sortValue));
      // Only whole nodes may answer later lookups of the same id.
      if (selection.properties === null) for (const { node } of edges) ctx.loaders.nodeById.prime(node.id, node);
      return {
        edges,
        totalCount: total,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: Boolean(args.after),
          // Encoded only when selected, as the edges' own cursors are.
          get startCursor() {
            return edges[0]?.cursor ?? null;
          },
          get endCursor() {
            return edges.at(-1)?.cursor ?? null;
          },
        },
      };
    }
  }
  return EntityResolver;
}
