import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { SupplyChainArgs } from './supply-chain.args.js';
import { SupplyChain } from './supply-chain.type.js';
import { loadSupplyChain } from './supply-chain.service.js';

@Resolver(() => SupplyChain)
export class SupplyChainResolver {
  @Query(() => SupplyChain, {
    description: 'The upstream view from a company, application or industry: the products it uses (through the applications it makes or that belong to it) '
      + 'or produces, what those are made from or kinds of (up to maxDepth links), the elements they contain, the companies producing them, the countries '
      + 'producing them with shares and HHI (latest production figures), the policies restricting them and whether each is in force on asOf, and the '
      + 'disruptions on the way (lacking an upstream product, or hitting the entity or a producer). Paths start at the entity; '
      + `each upstream item has the paths that justify it and a score: ${SCORE_FORMULA} One database round trip. `
      + 'NOT_FOUND for an unknown id; BAD_USER_INPUT for an id of another type (argument `of`) or a malformed asOf; LIMIT_EXCEEDED when maxDepth > 6.',
  })
  supplyChain(@Args(() => SupplyChainArgs) args: SupplyChainArgs, @Ctx() ctx: Context): Promise<SupplyChain> {
    return loadSupplyChain(ctx.db, args);
  }
}
