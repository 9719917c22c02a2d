import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { listProperty, property, related, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on companies; all given conditions must hold.' })
export class CompanyWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'A role the company has (eq: has this role; in: has one of these).' }) @ValidateNested() role?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'ISO3 code of the country it is based in.' }) @ValidateNested() country?: StringFilter;
}

export enum CompanySort { NAME = 'NAME' }
registerSortEnum(CompanySort, 'CompanySort', 'Fields companies can be sorted on.');
export const CompanyOrderBy = createOrderBy('Company', CompanySort);

export const companyDescriptor: EntityDescriptor = {
  label: 'Company', typeName: 'Company', single: 'company', plural: 'companies',
  where: {
    id: property('id'), name: property('name'), role: listProperty('roles'),
    country: related('(n)-[:BASED_IN]->(x:Country)', 'iso3'),
  },
  sort: { NAME: 'n.name' },
  defaultSort: 'NAME',
};
