import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { PeriodFilter, StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on trade reports; all given conditions must hold.' })
export class TradeReportWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => PeriodFilter, { nullable: true, description: 'The month reported.' }) @ValidateNested() period?: PeriodFilter;
  @Field(() => StringFilter, { nullable: true, description: 'REPORTED or DERIVED.' }) @ValidateNested() basis?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'HIGH, MEDIUM or LOW.' }) @ValidateNested() confidence?: StringFilter;
}

export enum TradeReportSort { PERIOD = 'PERIOD', PUBLISHED_ON = 'PUBLISHED_ON' }
registerSortEnum(TradeReportSort, 'TradeReportSort', 'Fields trade reports can be sorted on (unknown dates sort first).');
export const TradeReportOrderBy = createOrderBy('TradeReport', TradeReportSort);

export const tradeReportDescriptor: EntityDescriptor = {
  label: 'TradeReport', typeName: 'TradeReport', single: 'tradeReport', plural: 'tradeReports',
  where: { id: property('id'), period: property('period'), basis: property('basis'), confidence: property('confidence') },
  sort: { PERIOD: 'n.period', PUBLISHED_ON: "coalesce(n.publishedOn, '')" },
  defaultSort: 'PERIOD',
};
