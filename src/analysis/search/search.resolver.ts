import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SearchArgs } from './search.args.js';
import { SearchHit } from './search.type.js';
import { search } from './search.service.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over names and aliases across entity types, ranked by relevance (ties by id). One database round trip. '
      + 'BAD_USER_INPUT for empty text; LIMIT_EXCEEDED when first > 50.',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context): Promise<SearchHit[]> {
    return search(ctx.db, args);
  }
}
