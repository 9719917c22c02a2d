import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { BadInputError, LimitExceededError, NotFoundError } from '../../errors.js';
import { ValueBasis } from '../../graph/shared/enums.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { compareReports } from '../../seed/preferred-report.js';
import { computeChange, isPeriod, periodsBetween, roundTo, shiftPeriod, type ComputedChange as Change, type MonthData } from '../maths/change.js';
import { LIMITS } from '../maths/limits.js';
import { ChangeRule, type ComputedChange, type ReportedChange, type TradeSeries, type TradeSeriesPoint } from './trade-series.type.js';

export const CHANGE_RULE_TEXT = 'Computed changes compare like with like: when one source reports both months, that source\'s own two figures '
  + '(the first such source in preferred-report order); otherwise the two flows\' preferred values. Null when either month has no quantity; never interpolated.';

export interface SeriesRequest {
  exporter: string;
  importer: string;
  product: string;
  from: string;
  to: string;
}

/** Checks the months of a request: well-formed, in order, at most LIMITS.seriesMonths months. */
export function checkRange(from: string, to: string, names: [string, string] = ['from', 'to']): string[] {
  if (!isPeriod(from)) throw new BadInputError(names[0], 'a month YYYY-MM', from);
  if (!isPeriod(to)) throw new BadInputError(names[1], 'a month YYYY-MM', to);
  if (to < from) throw new BadInputError(names[1], `a month not before ${names[0]} (${from})`, to);
  const periods = periodsBetween(from, to);
  if (periods.length > LIMITS.seriesMonths.max) throw new LimitExceededError(`${names[0]}..${names[1]} (months)`, LIMITS.seriesMonths.max, periods.length);
  return periods;
}

/** The query and its parameters: the flows from 12 months before `from` to `to`, with their reports and sources. */
export function seriesQuery(request: SeriesRequest): { query: string; params: Record<string, unknown>; periods: string[] } {
  const periods = checkRange(request.from, request.to);
  return {
    query: cypher('queries/analysis/trade-series'),
    params: {
      exporterId: request.exporter, importerId: request.importer, productId: request.product,
      fromPeriod: shiftPeriod(request.from, -12), toPeriod: request.to,
    },
    periods,
  };
}

/** One round trip. */
export async function loadTradeSeries(db: Executor, request: SeriesRequest): Promise<TradeSeries> {
  const { query, params, periods } = seriesQuery(request);
  const [row] = await db.read(query, params, 'tradeSeries');
  return seriesFromRow(row, request, periods);
}

/** Shapes the trade-series row; unknown ids (null in the row) are NOT_FOUND. */
export function seriesFromRow(row: Record<string, any>, request: SeriesRequest, periods: string[]): TradeSeries {
  if (!row.exporterId) throw new NotFoundError('Country', request.exporter);
  if (!row.importerId) throw new NotFoundError('Country', request.importer);
  if (!row.productId) throw new NotFoundError('Product', request.product);
  return shapeSeries(row.exporter, row.importer, row.product, row.flows as FlowRow[], periods);
}

type ReportRow = NodeRow & { sourceId: string | null; source: NodeRow | null };
type FlowRow = NodeRow & { reports: ReportRow[] };

export function shapeSeries(exporter: NodeRow, importer: NodeRow, product: NodeRow, flows: FlowRow[], periods: string[]): TradeSeries {
  const byPeriod = new Map<string, FlowRow>();
  for (const flow of flows) byPeriod.set(flow.period, { ...flow, reports: [...flow.reports].sort(compareReports as never) });
  const month = (period: string): MonthData | undefined => {
    const flow = byPeriod.get(period);
    if (!flow) return undefined;
    return {
      period,
      quantityTonnes: flow.quantityTonnes ?? null,
      quantityReportId: flow.quantityReportId ?? null,
      reports: flow.reports.map((report) => ({ id: report.id, sourceId: report.sourceId, quantityTonnes: report.quantityTonnes ?? null, basis: report.basis })),
    };
  };
  const points = periods.map((period): TradeSeriesPoint => {
    const flow = byPeriod.get(period) ?? null;
    const reports = flow?.reports ?? [];
    const reportById = new Map<string, NodeRow>();
    for (const other of [byPeriod.get(shiftPeriod(period, -1)), byPeriod.get(shiftPeriod(period, -12)), flow]) for (const report of other?.reports ?? []) reportById.set(report.id, report);
    const mom = toGraphQL(computeChange(month(shiftPeriod(period, -1)), month(period)), reportById);
    const yoy = toGraphQL(computeChange(month(shiftPeriod(period, -12)), month(period)), reportById);
    const sources = new Map<string, NodeRow>();
    for (const report of reports) if (report.source) sources.set(report.source.id, report.source);
    return {
      period,
      flow: flow ? withoutReports(flow) : null,
      quantityTonnes: flow?.quantityTonnes ?? null,
      valueUsd: flow?.valueUsd ?? null,
      momChangePct: mom?.pct ?? null,
      yoyChangePct: yoy?.pct ?? null,
      momChange: mom,
      yoyChange: yoy,
      reportedMomChanges: reported(reports, 'reportedMomChangePct'),
      reportedYoyChanges: reported(reports, 'reportedYoyChangePct'),
      reportsDisagree: new Set(reports.map((report) => report.quantityTonnes).filter((value) => typeof value === 'number')).size > 1,
      reports: reports.map(withoutSource),
      sources: [...sources.values()],
    };
  });
  const withData = points.filter((point) => point.quantityTonnes !== null);
  return {
    exporter, importer, product, points,
    totalQuantityTonnes: withData.length > 0 ? roundTo(withData.reduce((sum, point) => sum + point.quantityTonnes!, 0), 3) : null,
    changeRule: CHANGE_RULE_TEXT,
  };
}

function toGraphQL(change: Change | null, reports: Map<string, NodeRow>): ComputedChange | null {
  if (!change) return null;
  return {
    pct: change.pct, basis: ValueBasis.COMPUTED, rule: ChangeRule[change.rule], fromPeriod: change.fromPeriod,
    fromTonnes: change.fromTonnes, toTonnes: change.toTonnes,
    fromReport: withoutSource(reports.get(change.fromReportId)!), toReport: withoutSource(reports.get(change.toReportId)!),
  };
}

function reported(reports: ReportRow[], key: 'reportedMomChangePct' | 'reportedYoyChangePct'): ReportedChange[] {
  return reports.filter((report) => typeof report[key] === 'number').map((report) => ({ pct: report[key], basis: ValueBasis.REPORTED, report: withoutSource(report) }));
}

const withoutReports = ({ reports: _reports, ...flow }: FlowRow): NodeRow => flow;
const withoutSource = (report: NodeRow): NodeRow => {
  const { source: _source, sourceId: _sourceId, ...rest } = report;
  return rest as NodeRow;
};
