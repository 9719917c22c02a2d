import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on policies; all given conditions must hold.' })
export class PolicyWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The title.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The kind.' }) @ValidateNested() kind?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Effective date; compare as text, e.g. { gte: "2025-04" }.' }) @ValidateNested() effectiveOn?: StringFilter;
}

export enum PolicySort { NAME = 'NAME', ANNOUNCED_ON = 'ANNOUNCED_ON', EFFECTIVE_ON = 'EFFECTIVE_ON' }
registerSortEnum(PolicySort, 'PolicySort', 'Fields policies can be sorted on (unknown dates sort first).');
export const PolicyOrderBy = createOrderBy('Policy', PolicySort);

export const policyDescriptor: EntityDescriptor = {
  label: 'Policy', typeName: 'Policy', single: 'policy', plural: 'policies',
  where: { id: property('id'), name: property('name'), kind: property('kind'), effectiveOn: property('effectiveOn') },
  sort: { NAME: 'n.name', ANNOUNCED_ON: "coalesce(n.announcedOn, '')", EFFECTIVE_ON: "coalesce(n.effectiveOn, '')" },
  defaultSort: 'EFFECTIVE_ON',
};
