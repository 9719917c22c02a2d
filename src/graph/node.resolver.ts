import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Node } from './shared/node.interface.js';
import { labelOf } from './shared/labels.js';
import { BadInputError, LimitExceededError, NotFoundError } from '../errors.js';
import type { NodeRow } from './shared/loaders.js';

/** Relay's global object identification: any entity by its global id. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any entity by its global id ("country:CHN", "company:ford", ...). NOT_FOUND when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'A global id: type prefix and key.' }) id: string, @Ctx() ctx: Context): Promise<NodeRow> {
    if (!labelOf(id)) throw new BadInputError('id', 'a global id such as "country:CHN" (prefix: country, element, product, application, industry, company, facility, flow, report, stat, policy, disruption or source)', id);
    const node = await ctx.loaders.nodeById.load(id);
    if (!node) throw new NotFoundError('entity', id);
    return node;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several entities by global id, in the order asked; null for an id that does not exist. At most 100 ids.' })
  async nodes(@Arg('ids', () => [ID], { description: 'Global ids (at most 100).' }) ids: string[], @Ctx() ctx: Context): Promise<(NodeRow | null)[]> {
    if (ids.length > 100) throw new LimitExceededError('ids', 100, ids.length);
    const rows = await ctx.loaders.nodeById.loadMany(ids.map((id) => (labelOf(id) ? id : 'invalid:')));
    return rows.map((row) => (row instanceof Error ? null : row));
  }
}
