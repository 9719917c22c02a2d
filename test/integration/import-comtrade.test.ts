import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { importFile, type Rejection } from '../../src/ingest/import.js';
import { removeTestData } from '../helpers/curation.js';

/** Fixtures hold synthetic figures for 1911 (test-owned flow ids); everything is removed afterwards. */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const SAMPLE = fixture('comtrade-sample.csv');
const MALFORMED = fixture('comtrade-malformed.csv');

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => {
  try {
    await removeTestData(api.executor, ['source:comtrade-'], '1911-');
  } finally {
    await api.close();
  }
});

const snapshot = async () => (await api.executor.read(
  `MATCH (f:TradeFlow) WHERE f.period STARTS WITH '1911-'
   OPTIONAL MATCH (f)<-[:REPORTS]-(r:TradeReport)-[:CITES]->(s:Source)
   WITH f, r, s ORDER BY r.id
   WITH f, collect(r {.*, source: s.id}) AS reports
   RETURN f {.*} AS flow, [(f)-[:FROM|TO|OF]->(x) | x.id] AS ends, reports
   ORDER BY flow.id`)).map((row): Record<string, any> => ({ ...row, ends: [...row.ends].sort() }));

describe('npm run import -- comtrade: the UN Comtrade bulk layout', () => {
  it('--strict on a file with bad rows fails and writes nothing', async () => {
    const summary = await importFile(api.executor, { kind: 'comtrade', file: MALFORMED, strict: true });
    expect(summary).toMatchObject({ failed: true, written: false, rejected: 10 });
    expect(await snapshot()).toEqual([]);
  });

  it('--dry-run validates every row and writes nothing', async () => {
    const summary = await importFile(api.executor, { kind: 'comtrade', file: SAMPLE, dryRun: true });
    expect(summary).toMatchObject({ read: 6, imported: 6, rejected: 0, written: false });
    expect(await snapshot()).toEqual([]);
  });

  it('maps reporters, partners, flow codes, HS codes, kg and USD onto flows and reports, with the file as the source', async () => {
    const summary = await importFile(api.executor, { kind: 'comtrade', file: SAMPLE, batchSize: 4 });
    expect(summary).toMatchObject({ read: 6, imported: 6, unchanged: 0, rejected: 0, batches: 2 });
    const [source] = await api.executor.read('MATCH (s:Source {id: $id}) RETURN s.title AS title, s.publisher AS publisher', { id: summary.sourceId });
    expect(source).toEqual({ title: 'comtrade-sample.csv', publisher: 'UN Comtrade' });

    const flows = await snapshot();
    expect(flows.map((row) => row.flow.id)).toEqual([
      'flow:CHN-DEU-rare-earth-metals-1911-02',
      'flow:CHN-JPN-cerium-compounds-1911-03',
      'flow:CHN-KOR-rare-earth-compounds-1911-03',
      'flow:CHN-USA-rare-earth-permanent-magnet-1911-01',
      'flow:CHN-WLD-rare-earth-permanent-magnet-1911-01',
    ]);
    const usa = flows.find((row) => row.flow.id === 'flow:CHN-USA-rare-earth-permanent-magnet-1911-01')!;
    // China's export report (352,800 kg) and the US import report (353,000 kg) of the same flow, both kept.
    expect(usa.reports.map((r: any) => [r.id.split(':').at(-1), r.quantityTonnes, r.valueUsd])).toEqual([['CHN-X', 352.8, 20000000], ['USA-M', 353, 20100000]]);
    expect(usa.flow).toMatchObject({ hsCode: '8505.11', reportCount: 2, reportsDisagree: true, quantityTonnes: 352.8 });
    expect(usa.ends.sort()).toEqual(['country:CHN', 'country:USA', 'product:rare-earth-permanent-magnet']);
    // Import (M) rows: the partner is the exporter. A value without a weight keeps the value only.
    const korea = flows.find((row) => row.flow.id === 'flow:CHN-KOR-rare-earth-compounds-1911-03')!;
    expect(korea.flow.valueUsd).toBe(75000);
    expect(korea.flow.quantityTonnes).toBeUndefined();
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const before = await snapshot();
    const summary = await importFile(api.executor, { kind: 'comtrade', file: SAMPLE });
    expect(summary).toMatchObject({ read: 6, imported: 0, unchanged: 6, rejected: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('reports every bad row of the malformed fixture with its line and reason, and imports the rest', async () => {
    const seen: Rejection[] = [];
    const summary = await importFile(api.executor, { kind: 'comtrade', file: MALFORMED, onReject: (r) => seen.push(r) });
    expect(summary).toMatchObject({ read: 13, imported: 3, unchanged: 0, rejected: 10 });
    expect(seen).toEqual(summary.rejections);
    expect(seen.map((r) => [r.line, r.reason])).toEqual([
      [3, 'netWgt: expected a finite number, received "12x5"'],
      [4, 'cmdCode: no product has the HS code 8505.20 (received "850520")'],
      [5, 'expected 47 columns as in the header, received 44'],
      [7, 'reporterISO: no country has the ISO3 code "CIV"'],
      [8, 'primaryValue: expected a number not below 0, received "-5"'],
      [9, 'freqCode: expected M (monthly data), received "A"; period: expected a month as YYYYMM (e.g. 202506), received "2025"'],
      [10, 'flowCode: expected X (export) or M (import), received "RX"'],
      [13, 'partnerISO: no country has the ISO3 code "XXX"'],
      [14, 'period: expected a month as YYYYMM (e.g. 202506), received "191113"'],
      [15, 'netWgt: expected a finite number, received "1e400"'],
    ]);
    // Line 6 (UTF-8 names with quoted commas) and lines 11-12 (a quoted newline) are good rows.
    const ids = (await snapshot()).map((row) => row.flow.id).filter((id: string) => id.endsWith('1911-04'));
    expect(ids).toEqual(['flow:CHN-JPN-rare-earth-permanent-magnet-1911-04', 'flow:CHN-VNM-rare-earth-permanent-magnet-1911-04']);
    const [vnm] = await api.executor.read(`MATCH (f:TradeFlow {id: 'flow:CHN-VNM-rare-earth-permanent-magnet-1911-04'}) RETURN f.reportCount AS reports`);
    expect(vnm.reports).toBe(2);
  });
});
