import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on countries; all given conditions must hold.' })
export class CountryWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The ISO3 code.' }) @ValidateNested() iso3?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The region.' }) @ValidateNested() region?: StringFilter;
}

export enum CountrySort { NAME = 'NAME', ISO3 = 'ISO3' }
registerSortEnum(CountrySort, 'CountrySort', 'Fields countries can be sorted on.');
export const CountryOrderBy = createOrderBy('Country', CountrySort);

export const countryDescriptor: EntityDescriptor = {
  label: 'Country', typeName: 'Country', single: 'country', plural: 'countries',
  where: { id: property('id'), name: property('name'), iso3: property('iso3'), region: property('region') },
  sort: { NAME: 'n.name', ISO3: 'n.iso3' },
  defaultSort: 'NAME',
};
