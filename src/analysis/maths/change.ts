/**
 * Change rates between two months of a trade series, computed by this API (COMPUTED), never
 * interpolated: when either month lacks a quantity the change is null.
 *
 * Like-for-like rule: when one source reports both months, the change is computed from that
 * source's own pair (its figures are consistent with each other: Reuters' 3,188 t and 1,238 t
 * give +157.5 %, while mixing SMM's 1,238.47 t for May with Reuters' June figure would give
 * +157.4 %). When several sources report both months, the pair whose current-month report ranks
 * first under the preferred-report rule wins. Without such a pair, the flows' preferred values
 * are used. Only REPORTED figures form like-for-like pairs (a DERIVED figure is often computed
 * from the very change being checked). The chosen reports are exposed with the change.
 */
export interface SeriesReport {
  id: string;
  sourceId: string | null;
  quantityTonnes: number | null;
  /** DERIVED reports (arithmetic at curation) never form a like-for-like pair. */
  basis?: string | null;
}

export interface MonthData {
  period: string;
  /** The flow's preferred quantity and the report it comes from. */
  quantityTonnes: number | null;
  quantityReportId: string | null;
  /** Every report of the month, in preferred-report order (best first). */
  reports: SeriesReport[];
}

export type ChangeRule = 'LIKE_FOR_LIKE' | 'PREFERRED_VALUES';

export interface ComputedChange {
  pct: number;
  rule: ChangeRule;
  fromPeriod: string;
  toPeriod: string;
  fromReportId: string;
  toReportId: string;
  fromTonnes: number;
  toTonnes: number;
}

/** Percent change from `from` to `to`, rounded to one decimal (as customs-based reports state them); null when undefined. */
export function pctChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to) || from === 0) return null;
  return roundTo(((to - from) / from) * 100, 1);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}

export function computeChange(from: MonthData | undefined, to: MonthData | undefined): ComputedChange | null {
  if (!from || !to) return null;
  for (const current of to.reports) {
    if (current.quantityTonnes === null || current.sourceId === null || current.basis === 'DERIVED') continue;
    const previous = from.reports.find((report) => report.sourceId === current.sourceId && report.quantityTonnes !== null && report.basis !== 'DERIVED');
    const pct = previous ? pctChange(previous.quantityTonnes, current.quantityTonnes) : null;
    if (previous && pct !== null) {
      return { pct, rule: 'LIKE_FOR_LIKE', fromPeriod: from.period, toPeriod: to.period, fromReportId: previous.id, toReportId: current.id, fromTonnes: previous.quantityTonnes!, toTonnes: current.quantityTonnes };
    }
  }
  const pct = pctChange(from.quantityTonnes, to.quantityTonnes);
  if (pct === null || !from.quantityReportId || !to.quantityReportId) return null;
  return { pct, rule: 'PREFERRED_VALUES', fromPeriod: from.period, toPeriod: to.period, fromReportId: from.quantityReportId, toReportId: to.quantityReportId, fromTonnes: from.quantityTonnes!, toTonnes: to.quantityTonnes! };
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** The month `months` after `period` (negative: before). */
export function shiftPeriod(period: string, months: number): string {
  const [, year, month] = PERIOD.exec(period)!;
  const index = Number(year) * 12 + Number(month) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let period = from; period <= to; period = shiftPeriod(period, 1)) out.push(period);
  return out;
}
