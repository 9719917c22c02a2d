/**
 * Which of several reports of the same trade flow the flow shows as its value.
 * Sources disagree (352.8 t vs 353 t for China → US magnets, June 2025); all reports are kept,
 * and the flow's preferred value follows this documented rule, first difference wins:
 *   1. a REPORTED figure before a DERIVED one (arithmetic on other figures);
 *   2. higher confidence (HIGH > MEDIUM > LOW);
 *   3. more precise: more decimal places (352.8 before 353: the rounder one is a rounding of it);
 *   4. published earlier (closer to the customs release); an unknown date comes last;
 *   5. the report id, so the choice is stable.
 * The value in USD is taken from the best report (same order) that states one.
 */
export type Basis = 'REPORTED' | 'DERIVED';
export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';

export interface ReportForChoice {
  id: string;
  quantityTonnes?: number | null;
  valueUsd?: number | null;
  basis: Basis;
  confidence: Confidence;
  publishedOn?: string | null;
}

export interface PreferredChoice {
  quantityReportId: string | null;
  quantityTonnes: number | null;
  valueReportId: string | null;
  valueUsd: number | null;
  reason: string;
  /** True when the reports give different quantities. */
  reportsDisagree: boolean;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export function decimalPlaces(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

export function compareReports(a: ReportForChoice, b: ReportForChoice): number {
  return (
    Number(a.basis === 'DERIVED') - Number(b.basis === 'DERIVED') ||
    CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
    decimalPlaces(b.quantityTonnes ?? 0) - decimalPlaces(a.quantityTonnes ?? 0) ||
    (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999') ||
    a.id.localeCompare(b.id)
  );
}

export function choosePreferred(reports: ReportForChoice[]): PreferredChoice {
  const ranked = [...reports].sort(compareReports);
  const withQuantity = ranked.filter((report) => isNumber(report.quantityTonnes));
  const withValue = ranked.filter((report) => isNumber(report.valueUsd));
  const best = withQuantity[0];
  const quantities = new Set(withQuantity.map((report) => report.quantityTonnes));
  return {
    quantityReportId: best?.id ?? null,
    quantityTonnes: best?.quantityTonnes ?? null,
    valueReportId: withValue[0]?.id ?? null,
    valueUsd: withValue[0]?.valueUsd ?? null,
    reportsDisagree: quantities.size > 1,
    reason: best ? explain(best, withQuantity) : 'no report gives a quantity',
  };
}

function explain(best: ReportForChoice, all: ReportForChoice[]): string {
  if (all.length === 1) return 'the only report of this flow';
  const runnerUp = all[1];
  const rule =
    best.basis !== runnerUp.basis ? 'a reported figure is preferred to a derived one'
    : best.confidence !== runnerUp.confidence ? `higher confidence (${best.confidence} over ${runnerUp.confidence})`
    : decimalPlaces(best.quantityTonnes ?? 0) !== decimalPlaces(runnerUp.quantityTonnes ?? 0)
      ? `more precise (${decimalPlaces(best.quantityTonnes ?? 0)} decimal places over ${decimalPlaces(runnerUp.quantityTonnes ?? 0)})`
    : (best.publishedOn ?? '') !== (runnerUp.publishedOn ?? '') ? 'published earlier'
    : 'equal on every rule; first by report id';
  return `preferred over ${all.length - 1} other report(s): ${rule}`;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
