import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { TradeFlow } from './trade-flow.type.js';
import { TradeReport } from '../trade-report/trade-report.type.js';
import { Figure } from '../shared/figure.type.js';
import { figure, type FigureValue } from '../shared/figure.js';
import type { NodeRow } from '../shared/loaders.js';

/** The preferred value of a flow is the value of one of its reports: its provenance is that report's. */
@Resolver(() => TradeFlow)
export class TradeFlowResolver {
  @FieldResolver(() => TradeReport, { nullable: true, description: 'The report the preferred quantity comes from.' })
  async preferredReport(@Root() flow: NodeRow, @Ctx() ctx: Context): Promise<NodeRow | null> {
    return flow.quantityReportId ? ctx.loaders.nodeById.load(flow.quantityReportId) : null;
  }

  @FieldResolver(() => Figure, { nullable: true, description: 'The preferred quantity in tonnes, with the source, basis and confidence of the report it comes from.' })
  async quantity(@Root() flow: NodeRow, @Ctx() ctx: Context): Promise<FigureValue | null> {
    return reportFigure(ctx, flow.quantityReportId, flow.quantityTonnes, 't', flow.preferredReason);
  }

  @FieldResolver(() => Figure, { nullable: true, description: 'The preferred value in US dollars, with the source of the report it comes from.' })
  async value(@Root() flow: NodeRow, @Ctx() ctx: Context): Promise<FigureValue | null> {
    return reportFigure(ctx, flow.valueReportId, flow.valueUsd, 'USD', null);
  }
}

async function reportFigure(ctx: Context, reportId: string | null | undefined, value: number | null | undefined, unit: string, note: string | null): Promise<FigureValue | null> {
  if (!reportId) return null;
  const report = await ctx.loaders.nodeById.load(reportId);
  return figure(value, { unit, basis: report?.basis, ownerId: reportId, confidence: report?.confidence, note });
}
