import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { PolicyImpactArgs } from './policy-impact.args.js';
import { PolicyImpact } from './policy-impact.type.js';
import { loadPolicyImpact } from './policy-impact.service.js';

@Resolver(() => PolicyImpact)
export class PolicyImpactResolver {
  @Query(() => PolicyImpact, {
    description: 'What a policy reaches: the elements and products it restricts, the products containing a restricted element, products that are kinds of '
      + 'or made from those (up to maxDepth links), the applications that use them, the industries those belong to, the companies that make or produce them '
      + '(or were hit by a disruption attributed to the policy), and the disruptions attributed to it with what they hit and lacked. Paths start at the policy; '
      + `each dependent has the paths that justify it and a score: ${SCORE_FORMULA} One database round trip. `
      + 'NOT_FOUND for an unknown policy; BAD_USER_INPUT for an id of another type; LIMIT_EXCEEDED when maxDepth > 6.',
  })
  policyImpact(@Args(() => PolicyImpactArgs) args: PolicyImpactArgs, @Ctx() ctx: Context): Promise<PolicyImpact> {
    return loadPolicyImpact(ctx.db, args);
  }
}
