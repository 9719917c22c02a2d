import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on industries; all given conditions must hold.' })
export class IndustryWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
}

export enum IndustrySort { NAME = 'NAME' }
registerSortEnum(IndustrySort, 'IndustrySort', 'Fields industries can be sorted on.');
export const IndustryOrderBy = createOrderBy('Industry', IndustrySort);

export const industryDescriptor: EntityDescriptor = {
  label: 'Industry', typeName: 'Industry', single: 'industry', plural: 'industries',
  where: { id: property('id'), name: property('name') },
  sort: { NAME: 'n.name' },
  defaultSort: 'NAME',
};
