import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { TradeSeriesArgs } from './trade-series.args.js';
import { TradeSeries } from './trade-series.type.js';
import { loadTradeSeries } from './trade-series.service.js';

@Resolver(() => TradeSeries)
export class TradeSeriesResolver {
  @Query(() => TradeSeries, {
    description: 'A monthly trade series: one point per month from `from` to `to` with the preferred quantity and value, every report and source, '
      + 'the changes sources state (REPORTED) and month-on-month / year-on-year changes computed by this API (COMPUTED, like-for-like: see `changeRule`; '
      + 'null when the other month is missing, never interpolated). One database round trip. NOT_FOUND for an unknown country or product; '
      + 'BAD_USER_INPUT for malformed months; LIMIT_EXCEEDED above 120 months.',
  })
  tradeSeries(@Args(() => TradeSeriesArgs) args: TradeSeriesArgs, @Ctx() ctx: Context): Promise<TradeSeries> {
    return loadTradeSeries(ctx.db, args);
  }
}
