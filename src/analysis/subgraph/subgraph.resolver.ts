import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { GraphSlice } from '../shared/graph.type.js';
import { SubgraphArgs } from './subgraph.args.js';
import { subgraph } from './subgraph.service.js';

@Resolver(() => GraphSlice)
export class SubgraphResolver {
  @Query(() => GraphSlice, {
    description: 'The neighbourhood of some entities for a graph view: nodes and edges within `depth` links, following the given relationship types. '
      + 'Every edge\'s endpoints are among the nodes; nodes and edges sorted by id. One database round trip. '
      + 'NOT_FOUND for an unknown id; LIMIT_EXCEEDED above depth 3, 50 ids or 2,000 edges.',
  })
  subgraph(@Args(() => SubgraphArgs) args: SubgraphArgs, @Ctx() ctx: Context): Promise<GraphSlice> {
    return subgraph(ctx.db, args);
  }
}
