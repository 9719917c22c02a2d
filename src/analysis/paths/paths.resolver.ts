import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { GraphPath } from '../shared/graph.type.js';
import { PathsArgs } from './paths.args.js';
import { findPaths } from './paths.service.js';

@Resolver(() => GraphPath)
export class PathsResolver {
  @Query(() => [GraphPath], {
    description: 'The explanatory paths between two entities (e.g. element:Dy → company:ford), along relationships in either direction, '
      + 'each node at most once, shortest first (ties by node ids). An empty list when none exists within maxHops. '
      + 'One database round trip (two when there is no path, to tell an unknown id: NOT_FOUND). LIMIT_EXCEEDED when maxHops > 6 or first > 50.',
  })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() ctx: Context): Promise<GraphPath[]> {
    return findPaths(ctx.db, args);
  }
}
