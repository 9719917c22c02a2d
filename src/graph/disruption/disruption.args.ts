import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on disruptions; all given conditions must hold.' })
export class DisruptionWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The kind.' }) @ValidateNested() kind?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Start date; compare as text, e.g. { gte: "2025-05" }.' }) @ValidateNested() startedOn?: StringFilter;
}

export enum DisruptionSort { STARTED_ON = 'STARTED_ON', NAME = 'NAME' }
registerSortEnum(DisruptionSort, 'DisruptionSort', 'Fields disruptions can be sorted on (unknown dates sort first).');
export const DisruptionOrderBy = createOrderBy('Disruption', DisruptionSort);

export const disruptionDescriptor: EntityDescriptor = {
  label: 'Disruption', typeName: 'Disruption', single: 'disruption', plural: 'disruptions',
  where: { id: property('id'), kind: property('kind'), startedOn: property('startedOn') },
  sort: { STARTED_ON: "coalesce(n.startedOn, '')", NAME: 'n.name' },
  defaultSort: 'STARTED_ON',
};
