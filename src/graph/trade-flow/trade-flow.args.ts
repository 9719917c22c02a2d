import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { FloatFilter, PeriodFilter, StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on trade flows; all given conditions must hold.' })
export class TradeFlowWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'ISO3 code of the exporter, e.g. { eq: "CHN" }.' }) @ValidateNested() exporter?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'ISO3 code of the importer (WLD = world total).' }) @ValidateNested() importer?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Product id, e.g. { eq: "product:rare-earth-permanent-magnet" }.' }) @ValidateNested() product?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'HS code as the source gave it.' }) @ValidateNested() hsCode?: StringFilter;
  @Field(() => PeriodFilter, { nullable: true, description: 'The month or a range of months, e.g. { gte: "2025-04", lte: "2025-09" }.' }) @ValidateNested() period?: PeriodFilter;
  @Field(() => FloatFilter, { nullable: true, description: 'Preferred quantity in tonnes.' }) @ValidateNested() quantityTonnes?: FloatFilter;
}

export enum TradeFlowSort { PERIOD = 'PERIOD', QUANTITY = 'QUANTITY' }
registerSortEnum(TradeFlowSort, 'TradeFlowSort', 'Fields trade flows can be sorted on.');
export const TradeFlowOrderBy = createOrderBy('TradeFlow', TradeFlowSort);

export const tradeFlowDescriptor: EntityDescriptor = {
  label: 'TradeFlow', typeName: 'TradeFlow', single: 'tradeFlow', plural: 'tradeFlows',
  where: {
    id: property('id'), exporter: property('exporterIso3'), importer: property('importerIso3'), product: property('productId'),
    hsCode: property('hsCode'), period: property('period'), quantityTonnes: property('quantityTonnes'),
  },
  sort: { PERIOD: 'n.period', QUANTITY: 'coalesce(n.quantityTonnes, -1.0)' },
  defaultSort: 'PERIOD',
};
