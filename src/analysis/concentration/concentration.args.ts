import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class ConcentrationArgs {
  @Field(() => ID, { description: 'The product or element, e.g. "product:rare-earth-concentrate" (mine production is stated for the concentrate, in t REO).' })
  of: string;

  @Field(() => String, { defaultValue: 'MINING', description: 'The stage of the statistics, as stored: MINING, SEPARATION, REFINING, MAGNETS.' })
  stage: string;

  @Field(() => String, { defaultValue: 'PRODUCTION', description: 'Which figures: PRODUCTION or RESERVES (quotas and reported shares are not added up).' })
  measure: string;

  @Field(() => Int, { nullable: true, description: 'The year; default the latest year with data.' })
  year?: number | null;
}
