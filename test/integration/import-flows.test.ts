import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { importFile, ImportAbortedError } from '../../src/ingest/import.js';
import { FLOW_HEADER, SYNTHETIC_SOURCE_URL, syntheticFlowLines } from '../../src/ingest/synthetic.js';
import { removeTestData } from '../helpers/curation.js';

/**
 * Our flow CSV. Test-owned data: the malformed fixture's rows are in 1912, the generated rows in
 * 1801 and cite the synthetic source; all of it is removed afterwards.
 */
const MALFORMED = fileURLToPath(new URL('../fixtures/flows-malformed.csv', import.meta.url));
const FIXTURE_SOURCE = `source:url-${createHash('sha1').update('https://example.invalid/rare-earth-graph/test-fixture-flows').digest('hex').slice(0, 12)}`;
const SYNTHETIC_SOURCE = `source:url-${createHash('sha1').update(SYNTHETIC_SOURCE_URL).digest('hex').slice(0, 12)}`;
const dir = mkdtempSync(join(tmpdir(), 'import-flows-'));
const GENERATED = join(dir, 'generated.csv');
writeFileSync(GENERATED, `${FLOW_HEADER}\n${[...syntheticFlowLines(40, 1801)].join('\n')}\n`);

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => {
  try {
    await removeTestData(api.executor, [FIXTURE_SOURCE], '1912-');
    await removeTestData(api.executor, [SYNTHETIC_SOURCE], '1801-');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  }
});

/** Every flow and report of 1801, with every property and endpoint: two equal snapshots are the same graph. */
const snapshot = async () => (await api.executor.read(
  `MATCH (f:TradeFlow) WHERE f.period STARTS WITH '1801-'
   OPTIONAL MATCH (f)<-[:REPORTS]-(r:TradeReport)
   WITH f, r ORDER BY r.id
   WITH f, collect(r {.*, cites: [(r)-[:CITES]->(s) | s.id]}) AS reports
   RETURN f {.*} AS flow, [(f)-[:FROM|TO|OF]->(x) | x.id] AS ends, reports
   ORDER BY flow.id`)).map((row): Record<string, any> => ({ ...row, ends: [...row.ends].sort() }));
const clear1801 = () => removeTestData(api.executor, [SYNTHETIC_SOURCE], '1801-');

describe('npm run import -- flows: our trade-flow CSV', () => {
  it('reports the bad rows of the malformed fixture by line and reason, and imports the good ones', async () => {
    const summary = await importFile(api.executor, { kind: 'flows', file: MALFORMED });
    expect(summary).toMatchObject({ read: 9, imported: 2, unchanged: 0, rejected: 7 });
    expect(summary.rejections).toEqual([
      { line: 3, reason: 'quantity_tonnes: expected a finite number, received "1O0"; quantity_tonnes: expected a quantity (or a value_usd), received nothing' },
      { line: 4, reason: 'importer_iso3: no country has the ISO3 code "XYZ"' },
      { line: 5, reason: 'period: expected a month YYYY-MM, received "1912-13"' },
      { line: 6, reason: 'quantity_tonnes: expected a number not below 0, received "-5"; quantity_tonnes: expected a quantity (or a value_usd), received nothing' },
      { line: 7, reason: 'expected 15 columns as in the header, received 9' },
      { line: 8, reason: 'product: expected a known product id, name or alias, received "unobtainium magnets"' },
      { line: 10, reason: 'source_url: expected an http(s) URL naming the source, received ""' },
    ]);
    const [row] = await api.executor.read(`MATCH (r:TradeReport)-[:REPORTS]->(f:TradeFlow {id: 'flow:CHN-VNM-rare-earth-permanent-magnet-1912-02'}) RETURN r.quantityTonnes AS q, r.evidence AS evidence`);
    expect(row).toEqual({ q: 1250.5, evidence: 'Sợi nam châm — “quoted, with commas”, Việt Nam' });
  });

  it('imports the seed file again without changing anything', async () => {
    const summary = await importFile(api.executor, { kind: 'flows', file: fileURLToPath(new URL('../../cypher/seed/trade_flows.csv', import.meta.url)) });
    expect(summary.rejected).toBe(0);
    expect(summary.imported).toBe(0);
    expect(summary.unchanged).toBe(summary.read);
  });

  it('a run killed after two batches and started again ends in the same graph as one clean run', async () => {
    await clear1801();
    await expect(importFile(api.executor, { kind: 'flows', file: GENERATED, batchSize: 7, abortAfterBatches: 2 })).rejects.toBeInstanceOf(ImportAbortedError);
    const partial = await snapshot();
    expect(partial.length).toBe(14);
    const resumed = await importFile(api.executor, { kind: 'flows', file: GENERATED, batchSize: 7 });
    expect(resumed).toMatchObject({ read: 40, imported: 26, unchanged: 14, rejected: 0 });
    const afterResume = await snapshot();

    await clear1801();
    const clean = await importFile(api.executor, { kind: 'flows', file: GENERATED, batchSize: 7 });
    expect(clean).toMatchObject({ read: 40, imported: 40, unchanged: 0 });
    const afterClean = await snapshot();
    expect(afterResume.length).toBe(40);
    expect(afterResume).toEqual(afterClean);

    const again = await importFile(api.executor, { kind: 'flows', file: GENERATED, batchSize: 7 });
    expect(again).toMatchObject({ imported: 0, unchanged: 40 });
    expect(await snapshot()).toEqual(afterClean);
  });

  it('the CLI prints each rejected line and the summary; --strict exits 1 and writes nothing', async () => {
    const run = (args: string[]) => promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', ...args], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)), env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    }).then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error) => ({ code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string }));
    await removeTestData(api.executor, [FIXTURE_SOURCE], '1912-');
    const strict = await run(['flows', MALFORMED, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('line 4: importer_iso3: no country has the ISO3 code "XYZ"');
    expect(strict.stderr).toContain('--strict: 7 row(s) rejected, so nothing was written.');
    const [row] = await api.executor.read(`MATCH (f:TradeFlow) WHERE f.period STARTS WITH '1912-' RETURN count(f) AS flows`);
    expect(row.flows).toBe(0);
    const dry = await run(['flows', MALFORMED, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/read 9, valid 2, unchanged 0, rejected 7/);
    expect(dry.stdout).toMatch(/rows\/s/);
  });
});
