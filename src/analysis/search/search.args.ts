import { ArgsType, Field, Int } from 'type-graphql';
import { SearchType } from '../shared/enums.js';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to look for in names, aliases, symbols, ISO codes and policy references; each matches whole or as a prefix. Operator characters are taken literally.' })
  text: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these entity types (default: all).' })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many hits: default 10, at most 50 (above: LIMIT_EXCEEDED).' })
  first?: number | null;
}
