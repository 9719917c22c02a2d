import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class ExportDependentsArgs {
  @Field(() => ID, { description: 'The exporting country, e.g. "country:CHN".' })
  exporter: string;

  @Field(() => ID, { description: 'The product exported, e.g. "product:rare-earth-permanent-magnet".' })
  product: string;

  @Field(() => ID, { description: 'The importing country, e.g. "country:USA" (its companies are listed first).' })
  importer: string;

  @Field(() => String, { nullable: true, description: 'One month, YYYY-MM. Give either `period` or `from` and `to`.' })
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'First month of a range, YYYY-MM (with `to`).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month of a range, YYYY-MM (with `from`).' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many KIND_OF / MADE_FROM links to follow from the product to the products that depend on it: default 3, at most 6 (above: LIMIT_EXCEEDED).' })
  maxDepth?: number | null;
}
