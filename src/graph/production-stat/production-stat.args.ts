import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { IntFilter, StringFilter } from '../shared/filters.js';
import { property, related, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on production statistics; all given conditions must hold.' })
export class ProductionStatWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => IntFilter, { nullable: true, description: 'The year.' }) @ValidateNested() year?: IntFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The stage.' }) @ValidateNested() stage?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'ISO3 code of the producing country.' }) @ValidateNested() country?: StringFilter;
}

export enum ProductionStatSort { YEAR = 'YEAR', QUANTITY = 'QUANTITY', NAME = 'NAME' }
registerSortEnum(ProductionStatSort, 'ProductionStatSort', 'Fields production statistics can be sorted on (unknown quantities sort first).');
export const ProductionStatOrderBy = createOrderBy('ProductionStat', ProductionStatSort);

export const productionStatDescriptor: EntityDescriptor = {
  label: 'ProductionStat', typeName: 'ProductionStat', single: 'productionStat', plural: 'productionStats',
  where: { id: property('id'), year: property('year'), stage: property('stage'), country: related('(n)-[:BY]->(x:Country)', 'iso3') },
  sort: { YEAR: 'n.year', QUANTITY: 'coalesce(n.quantityTonnes, -1.0)', NAME: 'n.name' },
  defaultSort: 'YEAR',
};
