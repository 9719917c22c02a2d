import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class PolicyImpactArgs {
  @Field(() => ID, { description: 'The policy, e.g. "policy:mofcom-2025-18" (the April 2025 export controls).' })
  policy: string;

  @Field(() => Int, { nullable: true, description: 'How many KIND_OF / MADE_FROM links to follow from the restricted products (and the products containing a restricted element) to the products that depend on them: default 3, at most 6 (above: LIMIT_EXCEEDED).' })
  maxDepth?: number | null;
}
