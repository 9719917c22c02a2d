import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import type { Context } from '../../context.js';
import type { EntityDescriptor } from './entity.js';
import type { NodeRow, RelationItem, RelationSpec } from './loaders.js';
import { pageSize } from './page-size.js';
import type { SortDirection } from './enums.js';
import { registerRelation } from './nested/relation-registry.js';
import { relationItem } from './nested/relation-subqueries.js';

export interface RelationField<TItem extends object> {
  parentType: ClassType;
  parent: EntityDescriptor;
  field: string;
  type: string;
  direction: 'OUT' | 'IN';
  target: EntityDescriptor;
  targetType: ClassType;
  targetWhere: ClassType;
  targetOrderBy: ClassType;
  description: string;
  /** A single neighbour (e.g. Company.country) instead of a list. */
  single?: boolean;
  /**
   * Shape of each item; default the neighbour node itself. Used for edges with properties:
   * `nodeField` names the edge's field that holds the neighbour.
   */
  returns?: { type: ClassType<TItem>; nodeField: string; map: (item: RelationItem, parent: NodeRow) => TItem };
}

/**
 * One relationship field (e.g. `Company.facilities`) resolved through a per-request DataLoader,
 * so N parents cost one round trip. List fields take the target's `where`/`orderBy` and `first`.
 * Under a list, the field is usually fetched with the list itself instead (see nested/): it is
 * registered here for that, and answered from the list's rows before this resolver is reached.
 */
export function createRelationResolver<TItem extends object>(relation: RelationField<TItem>) {
  const spec: RelationSpec = { parent: relation.parent.label, type: relation.type, direction: relation.direction, target: relation.target };
  const itemType = relation.returns?.type ?? relation.targetType;
  const map = relation.returns?.map ?? ((item: RelationItem) => item.node as unknown as TItem);
  // type-graphql looks field resolvers up by method name per object type: each needs its own.
  const method = `${relation.parent.single}_${relation.field}`;
  registerRelation(relation.parent.typeName, relation.field, {
    spec, single: relation.single ?? false, nodeField: relation.returns?.nodeField, whereType: relation.targetWhere as new () => object,
    valueOf: (neighbours, parent) => {
      // Without `returns`, the field's value is the neighbours themselves: no copy needed.
      const values = relation.returns ? neighbours.map((node) => map(relationItem(node), parent)) : (neighbours as unknown as TItem[]);
      return relation.single ? (values[0] ?? null) : values;
    },
  });

  @ArgsType()
  class RelationArgs {
    @Field(() => relation.targetWhere, { nullable: true, description: 'Only neighbours that meet every given condition.' })
    @ValidateNested()
    where?: Record<string, Record<string, unknown>>;

    @Field(() => relation.targetOrderBy, { nullable: true, description: `Sort order; default ${relation.target.defaultSort} ascending.` })
    orderBy?: { field: string; direction: SortDirection };

    @Field(() => Int, { nullable: true, description: 'How many at most: default 20, at most MAX_PAGE_SIZE (100).' })
    first?: number;
  }

  if (relation.single) {
    @Resolver(() => relation.parentType)
    class SingleRelationResolver {
      @FieldResolver(() => itemType, { name: relation.field, nullable: true, description: relation.description })
      async [method](@Root() parent: NodeRow, @Ctx() ctx: Context): Promise<TItem | null> {
        const [item] = await ctx.loaders.relation(spec, { first: 1 }).load(parent.id);
        return item ? map(item, parent) : null;
      }
    }
    return SingleRelationResolver;
  }

  @Resolver(() => relation.parentType)
  class ListRelationResolver {
    @FieldResolver(() => [itemType], { name: relation.field, description: relation.description })
    async [method](@Root() parent: NodeRow, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: Context): Promise<TItem[]> {
      const first = pageSize(args.first, ctx.config);
      const items = await ctx.loaders.relation(spec, { where: args.where, orderBy: args.orderBy, first }).load(parent.id);
      return items.map((item) => map(item, parent));
    }
  }
  return ListRelationResolver;
}
