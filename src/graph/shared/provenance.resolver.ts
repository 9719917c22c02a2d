import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Node } from './node.interface.js';
import { Figure } from './figure.type.js';
import { ProductSupply, ProductUse } from './edges.type.js';
import { Source } from '../source/source.type.js';
import type { FigureValue } from './figure.js';
import type { NodeRow } from './loaders.js';

/** Sources of a list of ids through the per-request node loader (one batch for the whole level). */
async function sourcesByIds(ctx: Context, ids: string[]): Promise<NodeRow[]> {
  const rows = await ctx.loaders.nodeById.loadMany(ids);
  return rows.filter((row): row is NodeRow => row !== null && !(row instanceof Error));
}

@Resolver(() => Node)
export class NodeSourcesResolver {
  @FieldResolver(() => [Source], { description: 'The sources this entity\'s facts cite (its CITES relationships), oldest first.' })
  sources(@Root() node: NodeRow, @Ctx() ctx: Context): Promise<NodeRow[]> {
    return ctx.loaders.sourcesOf.load(node.id);
  }
}

@Resolver(() => Figure)
export class FigureSourcesResolver {
  @FieldResolver(() => [Source], { description: 'The sources that state this number (or, for a computed number, the numbers it is computed from).' })
  sources(@Root() value: FigureValue, @Ctx() ctx: Context): Promise<NodeRow[]> {
    if (value.sourceIds.length > 0) return sourcesByIds(ctx, value.sourceIds);
    return value.ownerId ? ctx.loaders.sourcesOf.load(value.ownerId) : Promise.resolve([]);
  }
}

@Resolver(() => ProductUse)
export class ProductUseSourcesResolver {
  @FieldResolver(() => [Source], { description: 'The sources that state this link.' })
  sources(@Root() edge: ProductUse, @Ctx() ctx: Context): Promise<NodeRow[]> {
    return sourcesByIds(ctx, edge.sourceIds);
  }
}

@Resolver(() => ProductSupply)
export class ProductSupplySourcesResolver {
  @FieldResolver(() => [Source], { description: 'The sources that state this link.' })
  sources(@Root() edge: ProductSupply, @Ctx() ctx: Context): Promise<NodeRow[]> {
    return sourcesByIds(ctx, edge.sourceIds);
  }
}
