import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on products; all given conditions must hold.' })
export class ProductWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The processing stage.' }) @ValidateNested() stage?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The HS code.' }) @ValidateNested() hsCode?: StringFilter;
}

export enum ProductSort { NAME = 'NAME', STAGE = 'STAGE' }
registerSortEnum(ProductSort, 'ProductSort', 'Fields products can be sorted on.');
export const ProductOrderBy = createOrderBy('Product', ProductSort);

export const productDescriptor: EntityDescriptor = {
  label: 'Product', typeName: 'Product', single: 'product', plural: 'products',
  where: { id: property('id'), name: property('name'), stage: property('stage'), hsCode: property('hsCode') },
  sort: { NAME: 'n.name', STAGE: "coalesce(n.stage, '')" },
  defaultSort: 'NAME',
};
