import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on elements; all given conditions must hold.' })
export class ElementWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The chemical symbol.' }) @ValidateNested() symbol?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'LIGHT, HEAVY or OTHER.' }) @ValidateNested() group?: StringFilter;
}

export enum ElementSort { NAME = 'NAME', SYMBOL = 'SYMBOL', ATOMIC_NUMBER = 'ATOMIC_NUMBER' }
registerSortEnum(ElementSort, 'ElementSort', 'Fields elements can be sorted on.');
export const ElementOrderBy = createOrderBy('Element', ElementSort);

export const elementDescriptor: EntityDescriptor = {
  label: 'Element', typeName: 'Element', single: 'element', plural: 'elements',
  where: { id: property('id'), name: property('name'), symbol: property('symbol'), group: property('group') },
  sort: { NAME: 'n.name', SYMBOL: 'n.symbol', ATOMIC_NUMBER: 'coalesce(n.atomicNumber, 0)' },
  defaultSort: 'ATOMIC_NUMBER',
};
