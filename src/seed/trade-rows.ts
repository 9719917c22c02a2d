import type { Basis, Confidence } from './preferred-report.js';

/**
 * Maps one row of our trade-flow CSV (the columns of shared/data/facts/trade_flows.csv,
 * optionally followed by reported_mom_change_pct, reported_yoy_change_pct, confidence, basis)
 * onto a TradeFlow and the TradeReport that one source made of it. Pure: lookups are passed in.
 */
export const TRADE_COLUMNS = [
  'exporter_iso3', 'importer_iso3', 'product', 'hs_code', 'period', 'quantity_tonnes', 'value_usd',
  'source_url', 'source_publisher', 'source_date', 'quote',
] as const;
export const OPTIONAL_TRADE_COLUMNS = ['reported_mom_change_pct', 'reported_yoy_change_pct', 'confidence', 'basis'] as const;

export interface TradeLookups {
  /** Product id for a product id, name or alias; undefined when unknown. */
  productId(nameOrId: string): string | undefined;
  /** Whether a Country node with this ISO3 code exists. */
  countryExists(iso3: string): boolean;
  /** Source id for a URL (existing or to be created from the row). */
  sourceId(url: string): string;
}

export interface TradeFlowRow {
  id: string;
  name: string;
  exporterIso3: string;
  importerIso3: string;
  productId: string;
  hsCode: string | null;
  period: string;
}

export interface TradeReportRow {
  id: string;
  flowId: string;
  sourceId: string;
  quantityTonnes: number | null;
  valueUsd: number | null;
  reportedMomChangePct: number | null;
  reportedYoyChangePct: number | null;
  confidence: Confidence;
  basis: Basis;
  publishedOn: string | null;
  evidence: string | null;
}

export interface TradeSourceRow {
  id: string;
  url: string;
  name: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
}

export type MappedTradeRow =
  | { ok: true; flow: TradeFlowRow; report: TradeReportRow; source: TradeSourceRow }
  | { ok: false; reason: string };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export function mapTradeRow(record: Record<string, string>, lookups: TradeLookups): MappedTradeRow {
  const field = (name: string) => (record[name] ?? '').trim();
  const problems: string[] = [];

  const exporter = field('exporter_iso3').toUpperCase();
  const importer = field('importer_iso3').toUpperCase();
  for (const [column, code] of [['exporter_iso3', exporter], ['importer_iso3', importer]] as const) {
    if (!/^[A-Z]{3}$/.test(code)) problems.push(`${column}: expected a 3-letter ISO code, received "${code}"`);
    else if (!lookups.countryExists(code)) problems.push(`${column}: no country has the ISO3 code "${code}"`);
  }
  const productId = lookups.productId(field('product'));
  if (!productId) problems.push(`product: expected a known product id, name or alias, received "${field('product')}"`);
  const period = field('period');
  if (!PERIOD.test(period)) problems.push(`period: expected a month YYYY-MM, received "${period}"`);

  const quantityTonnes = number(field('quantity_tonnes'), 'quantity_tonnes', problems);
  const valueUsd = number(field('value_usd'), 'value_usd', problems);
  if (quantityTonnes === null && valueUsd === null) problems.push('quantity_tonnes: expected a quantity (or a value_usd), received nothing');
  const mom = number(field('reported_mom_change_pct'), 'reported_mom_change_pct', problems, true);
  const yoy = number(field('reported_yoy_change_pct'), 'reported_yoy_change_pct', problems, true);

  const url = field('source_url');
  if (!/^https?:\/\/\S+$/.test(url)) problems.push(`source_url: expected an http(s) URL naming the source, received "${url}"`);
  const publishedOn = field('source_date') || null;
  if (publishedOn && !DATE.test(publishedOn)) problems.push(`source_date: expected YYYY-MM-DD, received "${publishedOn}"`);
  const confidence = (field('confidence') || 'MEDIUM').toUpperCase();
  if (!['HIGH', 'MEDIUM', 'LOW'].includes(confidence)) problems.push(`confidence: expected HIGH, MEDIUM or LOW, received "${confidence}"`);
  const basis = (field('basis') || 'REPORTED').toUpperCase();
  if (!['REPORTED', 'DERIVED'].includes(basis)) problems.push(`basis: expected REPORTED or DERIVED, received "${basis}"`);

  if (problems.length > 0 || !productId) return { ok: false, reason: problems.join('; ') };

  const productKey = productId.slice(productId.indexOf(':') + 1);
  const flowKey = `${exporter}-${importer}-${productKey}-${period}`;
  const sourceId = lookups.sourceId(url);
  const publisher = field('source_publisher') || new URL(url).hostname;
  return {
    ok: true,
    flow: {
      id: `flow:${flowKey}`,
      name: `${exporter} → ${importer} ${productKey} ${period}`,
      exporterIso3: exporter, importerIso3: importer, productId, period,
      hsCode: field('hs_code') || null,
    },
    report: {
      id: `report:${flowKey}:${sourceId.slice(sourceId.indexOf(':') + 1)}${basis === 'DERIVED' ? ':derived' : ''}`,
      flowId: `flow:${flowKey}`,
      sourceId,
      quantityTonnes, valueUsd,
      reportedMomChangePct: mom, reportedYoyChangePct: yoy,
      confidence: confidence as Confidence,
      basis: basis as Basis,
      publishedOn,
      evidence: field('quote') || null,
    },
    source: { id: sourceId, url, name: `${publisher}: ${new URL(url).hostname}`, title: `${publisher}: ${new URL(url).hostname}`, publisher, publishedOn },
  };
}

function number(raw: string, column: string, problems: string[], signed = false): number | null {
  if (raw === '') return null;
  const value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value)) problems.push(`${column}: expected a finite number, received "${raw}"`);
  else if (!signed && value < 0) problems.push(`${column}: expected a number not below 0, received "${raw}"`);
  else return value;
  return null;
}
