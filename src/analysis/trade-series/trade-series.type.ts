import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Country } from '../../graph/country/country.type.js';
import { Product } from '../../graph/product/product.type.js';
import { TradeFlow } from '../../graph/trade-flow/trade-flow.type.js';
import { TradeReport } from '../../graph/trade-report/trade-report.type.js';
import { Source } from '../../graph/source/source.type.js';
import { ValueBasis } from '../../graph/shared/enums.js';
import type { NodeRow } from '../../graph/shared/loaders.js';

export enum ChangeRule {
  LIKE_FOR_LIKE = 'LIKE_FOR_LIKE',
  PREFERRED_VALUES = 'PREFERRED_VALUES',
}
registerEnumType(ChangeRule, {
  name: 'ChangeRule',
  description: 'Which figures a computed change compares.',
  valuesConfig: {
    LIKE_FOR_LIKE: { description: 'One source reports both months: its own pair of figures (the first such source in preferred-report order).' },
    PREFERRED_VALUES: { description: 'No source reports both months: the two flows\' preferred values.' },
  },
});

@ObjectType({ description: 'A change computed by this API from two stored months (basis COMPUTED), with the reports it compares.' })
export class ComputedChange {
  @Field(() => Float, { description: 'Change in percent, (to − from) / from × 100, rounded to one decimal.' })
  pct: number;

  @Field(() => ValueBasis, { description: 'Always COMPUTED.' })
  basis: ValueBasis;

  @Field(() => ChangeRule, { description: 'Which figures were compared.' })
  rule: ChangeRule;

  @Field(() => String, { description: 'The earlier month, YYYY-MM.' })
  fromPeriod: string;

  @Field(() => Float, { description: 'The earlier month\'s quantity used, in tonnes.' })
  fromTonnes: number;

  @Field(() => TradeReport, { description: 'The report of the earlier month used.' })
  fromReport: NodeRow;

  @Field(() => Float, { description: 'The later month\'s quantity used, in tonnes.' })
  toTonnes: number;

  @Field(() => TradeReport, { description: 'The report of the later month used.' })
  toReport: NodeRow;
}

@ObjectType({ description: 'A change as a source states it (basis REPORTED).' })
export class ReportedChange {
  @Field(() => Float, { description: 'Change in percent as stated.' })
  pct: number;

  @Field(() => ValueBasis, { description: 'Always REPORTED.' })
  basis: ValueBasis;

  @Field(() => TradeReport, { description: 'The report that states it.' })
  report: NodeRow;
}

@ObjectType({ description: 'One month of a trade series. Months without data are present with null figures: nothing is interpolated.' })
export class TradeSeriesPoint {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  period: string;

  @Field(() => TradeFlow, { nullable: true, description: 'The stored flow of this month; null when no source reports it.' })
  flow: NodeRow | null;

  @Field(() => Float, { nullable: true, description: 'The preferred quantity in tonnes (see TradeFlow.preferredReport); null without data.' })
  quantityTonnes: number | null;

  @Field(() => Float, { nullable: true, description: 'The preferred value in US dollars, when a source gives one.' })
  valueUsd: number | null;

  @Field(() => Float, { nullable: true, description: 'Month-on-month change in percent, COMPUTED (see momChange for the reports used); null when either month has no quantity.' })
  momChangePct: number | null;

  @Field(() => Float, { nullable: true, description: 'Year-on-year change in percent, COMPUTED against the same month a year earlier; null when either month has no quantity.' })
  yoyChangePct: number | null;

  @Field(() => ComputedChange, { nullable: true, description: 'The computed month-on-month change with the rule and the two reports it compares.' })
  momChange: ComputedChange | null;

  @Field(() => ComputedChange, { nullable: true, description: 'The computed year-on-year change with the rule and the two reports it compares.' })
  yoyChange: ComputedChange | null;

  @Field(() => [ReportedChange], { description: 'Month-on-month changes as sources state them (REPORTED), one per report that states one.' })
  reportedMomChanges: ReportedChange[];

  @Field(() => [ReportedChange], { description: 'Year-on-year changes as sources state them (REPORTED).' })
  reportedYoyChanges: ReportedChange[];

  @Field(() => Boolean, { description: 'Whether the reports of this month give different quantities.' })
  reportsDisagree: boolean;

  @Field(() => [TradeReport], { description: 'Every report of this month, the preferred one first (preferred-report rule).' })
  reports: NodeRow[];

  @Field(() => [Source], { description: 'The sources of those reports, in the same order, without repeats.' })
  sources: NodeRow[];
}

@ObjectType({ description: 'A monthly trade series of one product between two countries, with computed and reported changes.' })
export class TradeSeries {
  @Field(() => Country, { description: 'The exporting country.' })
  exporter: NodeRow;

  @Field(() => Country, { description: 'The importing country (or aggregate such as WLD).' })
  importer: NodeRow;

  @Field(() => Product, { description: 'The product.' })
  product: NodeRow;

  @Field(() => [TradeSeriesPoint], { description: 'One point per month from `from` to `to`, in order.' })
  points: TradeSeriesPoint[];

  @Field(() => Float, { nullable: true, description: 'Sum of the preferred quantities of the months with data, in tonnes (COMPUTED); null when no month has data.' })
  totalQuantityTonnes: number | null;

  @Field(() => String, { description: 'How the computed changes are obtained, in words.' })
  changeRule: string;
}
