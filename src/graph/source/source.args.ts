import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { StringFilter } from '../shared/filters.js';
import { property, type EntityDescriptor } from '../shared/entity.js';
import { createOrderBy } from '../shared/entity.resolver.js';
import { registerSortEnum } from '../shared/enums.js';

@InputType({ description: 'Conditions on sources; all given conditions must hold.' })
export class SourceWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The global id.' }) @ValidateNested() id?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The title.' }) @ValidateNested() name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The publisher.' }) @ValidateNested() publisher?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The publication date; compare as text.' }) @ValidateNested() publishedOn?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'The URL.' }) @ValidateNested() url?: StringFilter;
}

export enum SourceSort { NAME = 'NAME', PUBLISHED_ON = 'PUBLISHED_ON' }
registerSortEnum(SourceSort, 'SourceSort', 'Fields sources can be sorted on (unknown dates sort first).');
export const SourceOrderBy = createOrderBy('Source', SourceSort);

export const sourceDescriptor: EntityDescriptor = {
  label: 'Source', typeName: 'Source', single: 'source', plural: 'sources',
  where: { id: property('id'), name: property('name'), publisher: property('publisher'), publishedOn: property('publishedOn'), url: property('url') },
  sort: { NAME: 'n.name', PUBLISHED_ON: "coalesce(n.publishedOn, '')" },
  defaultSort: 'NAME',
};
