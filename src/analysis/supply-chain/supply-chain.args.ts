import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class SupplyChainArgs {
  @Field(() => ID, { description: 'The company, application or industry to look upstream from, e.g. "company:ford", "application:ev-drive-motor", "industry:automotive".' })
  of: string;

  @Field(() => Int, { nullable: true, description: 'How many MADE_FROM / KIND_OF links to follow from the products it uses or produces to what those are made from (or kinds of): default 3, at most 6 (above: LIMIT_EXCEEDED).' })
  maxDepth?: number | null;

  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD) on which `restrictions.inForce` is judged; default today (UTC). BAD_USER_INPUT for another format.' })
  asOf?: string | null;
}
