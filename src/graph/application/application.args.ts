import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on applications; all given conditions must hold.' })
export class ApplicationWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The name.' }) @ValidateNested() name?: StringFilter;
}

export enum ApplicationSort { NAME = 'NAME' }
registerSortEnum(ApplicationSort, 'ApplicationSort', 'Fields applications can be sorted on.');
export const ApplicationOrderBy = createOrderBy('Application', ApplicationSort);

export const applicationDescriptor: EntityDescriptor = {
  label: 'Application', typeName: 'Application', single: 'application', plural: 'applications',
  where: { id: property('id'), name: property('name') },
  sort: { NAME: 'n.name' },
  defaultSort: 'NAME',
};
