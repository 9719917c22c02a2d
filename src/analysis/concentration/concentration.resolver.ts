import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ConcentrationArgs } from './concentration.args.js';
import { Concentration } from './concentration.type.js';
import { loadConcentration } from './concentration.service.js';

@Resolver(() => Concentration)
export class ConcentrationResolver {
  @Query(() => Concentration, {
    description: 'Concentration of production (or reserves) of a product or element by country in one year: each country\'s reported figure and '
      + 'its share of the world total, and the Herfindahl-Hirschman index (Σ share² in percent points), with the sources of every figure. '
      + 'One database round trip. NOT_FOUND for an unknown product or element.',
  })
  concentration(@Args(() => ConcentrationArgs) args: ConcentrationArgs, @Ctx() ctx: Context): Promise<Concentration> {
    return loadConcentration(ctx.db, args);
  }
}
