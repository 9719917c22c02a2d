import type { Confidence } from '../seed/preferred-report.js';
import type { TradeFlowRow, TradeReportRow } from '../seed/trade-rows.js';

/**
 * Maps one row of a UN Comtrade bulk CSV (the columns of Comtrade's published data files:
 * reporterCode, reporterISO, partnerCode, partnerISO, period, cmdCode, flowCode, netWgt,
 * primaryValue, ...) onto a TradeFlow and the report the file makes of it. Pure: lookups are
 * passed in, so it is unit-tested alone.
 *
 *  - flowCode X: the reporter exports to the partner; M: the reporter imports from the partner.
 *    Both perspectives of one flow (China's exports to the US, the US's imports from China) are
 *    kept as two reports of the same flow, told apart by the reporter in the report id.
 *  - netWgt is in kilograms (stored as tonnes); primaryValue in US dollars.
 *  - partner World (partnerCode 0, ISO W00) is the aggregate country WLD.
 *  - Only monthly totals are imported: annual rows and breakdowns by second partner, mode of
 *    transport or customs procedure are rejected with a reason, never summed or dropped.
 */
export const COMTRADE_REQUIRED = ['reporterISO', 'partnerISO', 'period', 'cmdCode', 'flowCode', 'netWgt', 'primaryValue'] as const;

export interface ComtradeLookups {
  /** Product id for an HS code given as digits (850511 ↔ hsCode 8505.11); undefined when unknown. */
  productIdByHs(digits: string): string | undefined;
  countryExists(iso3: string): boolean;
}

export interface ComtradeSource {
  id: string;
  /** The id without its prefix, part of every report id. */
  key: string;
}

export type MappedComtradeRow =
  | { ok: true; flow: TradeFlowRow; report: TradeReportRow }
  | { ok: false; reason: string };

const WORLD_CODES = new Set(['W00', 'WLD']);

export function mapComtradeRow(record: Record<string, string>, lookups: ComtradeLookups, source: ComtradeSource, confidence: Confidence = 'MEDIUM'): MappedComtradeRow {
  const field = (name: string) => (record[name] ?? '').trim();
  const problems: string[] = [];

  const freq = field('freqCode');
  if (freq !== '' && freq !== 'M') problems.push(`freqCode: expected M (monthly data), received "${freq}"`);
  const rawPeriod = field('period');
  const periodMatch = /^(\d{4})(0[1-9]|1[0-2])$/.exec(rawPeriod);
  if (!periodMatch) problems.push(`period: expected a month as YYYYMM (e.g. 202506), received "${rawPeriod}"`);
  const period = periodMatch ? `${periodMatch[1]}-${periodMatch[2]}` : '';

  const reporter = countryCode(field('reporterISO'), field('reporterCode'), 'reporterISO', lookups, problems);
  const partner = countryCode(field('partnerISO'), field('partnerCode'), 'partnerISO', lookups, problems);
  if (reporter && reporter === partner) problems.push(`partnerISO: expected a partner other than the reporter, received "${partner}"`);

  const flowCode = field('flowCode').toUpperCase();
  if (flowCode !== 'X' && flowCode !== 'M') problems.push(`flowCode: expected X (export) or M (import), received "${flowCode}"`);

  const cmdCode = field('cmdCode');
  const productId = /^\d{4,6}$/.test(cmdCode) ? lookups.productIdByHs(cmdCode) : undefined;
  if (!/^\d{4,6}$/.test(cmdCode)) problems.push(`cmdCode: expected an HS code of 4 to 6 digits, received "${cmdCode}"`);
  else if (!productId) problems.push(`cmdCode: no product has the HS code ${formatHs(cmdCode)} (received "${cmdCode}")`);

  for (const [column, total] of [['partner2Code', '0'], ['motCode', '0'], ['customsCode', 'C00']] as const) {
    const value = field(column);
    if (value !== '' && value !== total) problems.push(`${column}: expected the total (${total}); breakdowns are not imported, received "${value}"`);
  }

  const netWgt = amount(field('netWgt'), 'netWgt', problems);
  const primaryValue = amount(field('primaryValue'), 'primaryValue', problems);
  if (netWgt === null && primaryValue === null && !problems.some((p) => p.startsWith('netWgt') || p.startsWith('primaryValue'))) {
    problems.push('netWgt: expected a net weight in kg (or a primaryValue), received nothing');
  }

  if (problems.length > 0 || !productId || !reporter || !partner) return { ok: false, reason: problems.join('; ') };

  const [exporter, importer] = flowCode === 'X' ? [reporter, partner] : [partner, reporter];
  const productKey = productId.slice(productId.indexOf(':') + 1);
  const flowKey = `${exporter}-${importer}-${productKey}-${period}`;
  const hsCode = formatHs(cmdCode);
  const verb = flowCode === 'X' ? 'exports to' : 'imports from';
  return {
    ok: true,
    flow: { id: `flow:${flowKey}`, name: `${exporter} → ${importer} ${productKey} ${period}`, exporterIso3: exporter, importerIso3: importer, productId, hsCode, period },
    report: {
      id: `report:${flowKey}:${source.key}:${reporter}-${flowCode}`,
      flowId: `flow:${flowKey}`,
      sourceId: source.id,
      quantityTonnes: netWgt === null ? null : netWgt / 1000,
      valueUsd: primaryValue,
      reportedMomChangePct: null,
      reportedYoyChangePct: null,
      confidence,
      basis: 'REPORTED',
      publishedOn: null,
      evidence: `UN Comtrade: ${reporter} ${verb} ${partner}, HS ${hsCode}, ${period}: netWgt ${field('netWgt') || 'n/a'} kg, primaryValue ${field('primaryValue') || 'n/a'} USD`,
    },
  };
}

/** 850511 → 8505.11; 2846 → 2846. */
export function formatHs(digits: string): string {
  return digits.length > 4 ? `${digits.slice(0, 4)}.${digits.slice(4)}` : digits;
}

function countryCode(iso: string, code: string, column: string, lookups: ComtradeLookups, problems: string[]): string | undefined {
  const upper = iso.toUpperCase();
  if (WORLD_CODES.has(upper) || (upper === '' && code === '0')) return 'WLD';
  if (!/^[A-Z]{3}$/.test(upper)) {
    problems.push(`${column}: expected a 3-letter ISO code, received "${iso}"`);
    return undefined;
  }
  if (!lookups.countryExists(upper)) {
    problems.push(`${column}: no country has the ISO3 code "${upper}"`);
    return undefined;
  }
  return upper;
}

function amount(raw: string, column: string, problems: string[]): number | null {
  if (raw === '') return null;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) problems.push(`${column}: expected a finite number, received "${raw}"`);
  else if (value < 0) problems.push(`${column}: expected a number not below 0, received "${raw}"`);
  else return value;
  return null;
}
