import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { ExportDependentsArgs } from './export-dependents.args.js';
import { ExportDependents } from './export-dependents.type.js';
import { loadExportDependents } from './export-dependents.service.js';

@Resolver(() => ExportDependents)
export class ExportDependentsResolver {
  @Query(() => ExportDependents, {
    description: 'Who depends on an export: the flow (volume, computed and reported changes, sources) in a month or range, then downstream of the product '
      + '(products that are kinds of it or made from it, up to maxDepth links), the applications that use them, the industries those belong to, '
      + 'the companies that make them (importing country first) with their disruptions, and the policies restricting the product or its elements. '
      + `Each dependent has paths that justify it and a score: ${SCORE_FORMULA} One database round trip. `
      + 'NOT_FOUND for unknown ids; LIMIT_EXCEEDED when maxDepth > 6.',
  })
  exportDependents(@Args(() => ExportDependentsArgs) args: ExportDependentsArgs, @Ctx() ctx: Context): Promise<ExportDependents> {
    return loadExportDependents(ctx.db, args);
  }
}
