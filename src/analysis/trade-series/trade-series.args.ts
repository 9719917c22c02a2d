import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class TradeSeriesArgs {
  @Field(() => ID, { description: 'The exporting country, e.g. "country:CHN".' })
  exporter: string;

  @Field(() => ID, { description: 'The importing country, or "country:WLD" for exports to the world.' })
  importer: string;

  @Field(() => ID, { description: 'The product traded, e.g. "product:rare-earth-permanent-magnet".' })
  product: string;

  @Field(() => String, { description: 'First month, YYYY-MM.' })
  from: string;

  @Field(() => String, { description: 'Last month, YYYY-MM (at most 120 months after `from`, else LIMIT_EXCEEDED).' })
  to: string;
}
