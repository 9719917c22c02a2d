import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { FloatFilter, StringFilter } from '../shared/filters.js';
import { property, related, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on facilities; all given conditions must hold.' })
export class FacilityWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The kind of facility.' }) @ValidateNested() kind?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The status.' }) @ValidateNested() status?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'ISO3 code of the country it is in.' }) @ValidateNested() country?: StringFilter;
  @Field(() => FloatFilter, { nullable: true, description: 'Capacity in tonnes per year.' }) @ValidateNested() capacityTonnesPerYear?: FloatFilter;
}

export enum FacilitySort { NAME = 'NAME', CAPACITY = 'CAPACITY' }
registerSortEnum(FacilitySort, 'FacilitySort', 'Fields facilities can be sorted on (unknown capacities sort first).');
export const FacilityOrderBy = createOrderBy('Facility', FacilitySort);

export const facilityDescriptor: EntityDescriptor = {
  label: 'Facility', typeName: 'Facility', single: 'facility', plural: 'facilities',
  where: {
    id: property('id'), name: property('name'), kind: property('kind'), status: property('status'),
    country: related('(n)-[:LOCATED_IN]->(x:Country)', 'iso3'), capacityTonnesPerYear: property('capacityTonnesPerYear'),
  },
  sort: { NAME: 'n.name', CAPACITY: 'coalesce(n.capacityTonnesPerYear, -1.0)' },
  defaultSort: 'NAME',
};
