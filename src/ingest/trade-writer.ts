import { cypher } from '../db/cypher.js';
import type { Run } from '../db/executor.js';
import { choosePreferred, type ReportForChoice } from '../seed/preferred-report.js';
import type { TradeFlowRow, TradeReportRow, TradeSourceRow } from '../seed/trade-rows.js';

export type { Run };

export interface TradeWrite {
  flow: TradeFlowRow;
  report: TradeReportRow;
}

export interface TradeWriteResult {
  written: number;
  unchanged: number;
  changedFlowIds: string[];
}

/**
 * Writes trade reports inside one transaction: the sources they name (created when new), the
 * flows, the reports (replaced only when they differ), then the preferred value of every flow
 * whose reports changed. Throws when a row's country, product or source is missing, so the
 * caller's transaction rolls back rather than dropping the row.
 */
export async function writeTradeReports(run: Run, rows: TradeWrite[], sources: Partial<TradeSourceRow>[]): Promise<TradeWriteResult> {
  if (sources.length > 0) await run(cypher('writes/import/merge-sources'), { sources: sources.map(withoutNulls) });
  const [result] = await run(cypher('writes/import/merge-trade-reports'), {
    rows: rows.map(({ flow, report }) => ({ flow, report: { sourceId: report.sourceId, props: reportProperties(report, flow.period) } })),
  });
  if (result.written !== rows.length) {
    throw new Error(`${rows.length - result.written} trade row(s) name a country, product or source that no longer exists; nothing of this batch was written`);
  }
  await refreshPreferred(run, result.changedFlowIds);
  return { written: result.written, unchanged: result.unchanged, changedFlowIds: result.changedFlowIds };
}

/** The stored properties of a report; absent values are left out so that a stored copy compares equal. */
export function reportProperties(report: TradeReportRow, period: string): Record<string, string | number> {
  const { id, quantityTonnes, valueUsd, reportedMomChangePct, reportedYoyChangePct, confidence, basis, publishedOn, evidence } = report;
  return withoutNulls({ id, period, quantityTonnes, valueUsd, reportedMomChangePct, reportedYoyChangePct, confidence, basis, publishedOn, evidence });
}

/** Recomputes each flow's preferred value (src/seed/preferred-report.ts) in the same transaction. */
export async function refreshPreferred(run: Run, flowIds: string[]): Promise<void> {
  if (flowIds.length === 0) return;
  const rows = await run(cypher('writes/reports-of-flows'), { flowIds });
  const updates = rows.map((row) => ({
    flowId: row.flowId,
    ...choosePreferred(row.reports as ReportForChoice[]),
    reportCount: (row.reports as unknown[]).length,
  }));
  await run(cypher('writes/set-preferred-values'), { updates });
}

function withoutNulls<T extends object>(value: T): Record<string, any> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}
