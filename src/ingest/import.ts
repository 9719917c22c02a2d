import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import type { Executor } from '../db/executor.js';
import { mapTradeRow, TRADE_COLUMNS, type TradeSourceRow } from '../seed/trade-rows.js';
import type { Confidence } from '../seed/preferred-report.js';
import { COMTRADE_REQUIRED, mapComtradeRow } from './comtrade-rows.js';
import { loadImportLookups, type ImportLookups } from './lookups.js';
import { writeTradeReports, type TradeWrite } from './trade-writer.js';

/**
 * The bulk importer: streams a CSV (constant memory), maps each row, writes good rows in batches
 * (one transaction per batch: reports, flows, sources and the touched flows' preferred values),
 * and reports every bad row with its line number and reason. MERGE on ids makes a re-run change
 * nothing and a killed run, started again, end in the same graph as one clean run.
 */
export type ImportKind = 'flows' | 'comtrade';
export const IMPORT_KINDS: ImportKind[] = ['flows', 'comtrade'];

export interface Rejection {
  line: number;
  reason: string;
}

export interface ImportOptions {
  kind: ImportKind;
  file: string;
  /** Any rejection fails the run, and nothing is written (the whole file is validated first). */
  strict?: boolean;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  /** Rows per transaction (default 2,000). */
  batchSize?: number;
  /** Confidence given to Comtrade reports (default MEDIUM: an HS-6 line can be wider than the product). */
  confidence?: Confidence;
  /** For tests of resumption: fail on purpose after this many committed batches, as a killed run would stop. */
  abortAfterBatches?: number;
  onReject?(rejection: Rejection): void;
  onProgress?(bytes: number, rows: number): void;
}

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  /** Data rows read (the header not counted). */
  read: number;
  /** Rows that created or changed a report (in a dry run: rows that would be written). */
  imported: number;
  /** Rows whose report was already stored with the same values. */
  unchanged: number;
  rejected: number;
  batches: number;
  seconds: number;
  rowsPerSecond: number;
  written: boolean;
  /** True when --strict found rejections (nothing was written). */
  failed: boolean;
  /** The Source the file itself is recorded as (comtrade). */
  sourceId?: string;
  /** The first rejections (all are passed to onReject as they happen). */
  rejections: Rejection[];
}

export class ImportAbortedError extends Error {
  constructor(readonly batches: number) {
    super(`import aborted on purpose after ${batches} committed batch(es)`);
    this.name = 'ImportAbortedError';
  }
}

/** A file that cannot be imported at all (wrong header): nothing is read or written. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const KEPT_REJECTIONS = 1000;

export async function importFile(db: Executor, options: ImportOptions): Promise<ImportSummary> {
  const lookups = await loadImportLookups(db);
  const fileSource = options.kind === 'comtrade' ? await comtradeSource(options.file) : undefined;
  if (options.dryRun || options.strict) {
    const check = await pass(db, options, lookups, fileSource, false);
    if (options.dryRun || check.rejected > 0) return { ...check, failed: Boolean(options.strict) && check.rejected > 0 };
  }
  const quiet = options.strict ? { ...options, onReject: undefined } : options;
  return pass(db, quiet, lookups, fileSource, true);
}

/** The Source a Comtrade file is recorded as: its id from a hash of the content, its title the file name. */
export async function comtradeSource(file: string): Promise<TradeSourceRow & Record<string, unknown>> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  const digest = hash.digest('hex');
  const name = basename(file);
  const size = statSync(file).size;
  return {
    id: `source:comtrade-${digest.slice(0, 16)}`, url: null as unknown as string, name, title: name, publisher: 'UN Comtrade', publishedOn: null,
    citing: 'UN Comtrade bulk data (reporter customs statistics)', reliability: 'HIGH',
    note: `Imported from the file ${name} (${size} bytes, sha256 ${digest}).`,
  };
}

type Mapped = { ok: true; write: TradeWrite; source: Partial<TradeSourceRow> } | { ok: false; reason: string };

async function pass(db: Executor, options: ImportOptions, lookups: ImportLookups, fileSource: (TradeSourceRow & Record<string, unknown>) | undefined, write: boolean): Promise<ImportSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 2000;
  const summary: ImportSummary = {
    kind: options.kind, file: options.file, read: 0, imported: 0, unchanged: 0, rejected: 0, batches: 0,
    seconds: 0, rowsPerSecond: 0, written: write, failed: false, sourceId: fileSource?.id, rejections: [],
  };
  const reject = (line: number, reason: string) => {
    summary.rejected += 1;
    if (summary.rejections.length < KEPT_REJECTIONS) summary.rejections.push({ line, reason });
    options.onReject?.({ line, reason });
  };

  const source = fileSource ? { id: fileSource.id, key: fileSource.id.slice(fileSource.id.indexOf(':') + 1) } : undefined;
  const map = (record: Record<string, string>): Mapped => {
    if (options.kind === 'comtrade') {
      const result = mapComtradeRow(record, lookups, source!, options.confidence);
      return result.ok ? { ok: true, write: { flow: result.flow, report: result.report }, source: fileSource! } : result;
    }
    const result = mapTradeRow(record, lookups);
    return result.ok ? { ok: true, write: { flow: result.flow, report: result.report }, source: result.source } : result;
  };

  let header: string[] | undefined;
  let batch: { line: number; mapped: Extract<Mapped, { ok: true }> }[] = [];
  let inFlight: Promise<void> | undefined;

  const flush = async (rows: typeof batch) => {
    // Within a batch a later row with the same report id replaces an earlier one: the earlier is reported.
    const byId = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      const earlier = byId.get(row.mapped.write.report.id);
      if (earlier) reject(earlier.line, `same flow and source as line ${row.line}, which replaces it`);
      byId.set(row.mapped.write.report.id, row);
    }
    const kept = [...byId.values()];
    if (!write) {
      summary.imported += kept.length;
      return;
    }
    const sources = [...new Map(kept.map(({ mapped }) => [mapped.source.id, mapped.source])).values()];
    const result = await db.writeTransaction((run) => writeTradeReports(run, kept.map(({ mapped }) => mapped.write), sources), `import ${options.kind}`);
    summary.imported += result.written - result.unchanged;
    summary.unchanged += result.unchanged;
    summary.batches += 1;
    if (options.abortAfterBatches !== undefined && summary.batches >= options.abortAfterBatches) throw new ImportAbortedError(summary.batches);
  };
  // One batch is written while the next is parsed; a failed write stops the run.
  const schedule = async (rows: typeof batch) => {
    if (inFlight) await inFlight;
    inFlight = flush(rows);
    inFlight.catch(() => {});
  };

  const parser = createReadStream(options.file).pipe(parse({
    bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true,
    on_skip: (error) => {
      if (error) reject(Number((error as { lines?: number }).lines ?? 0), `not valid CSV: ${error.message}`);
      return undefined;
    },
  }));

  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    if (!header) {
      header = record.map((cell) => cell.trim());
      checkHeader(options.kind, header);
      continue;
    }
    summary.read += 1;
    if (record.length !== header.length) {
      reject(info.lines, `expected ${header.length} columns as in the header, received ${record.length}`);
    } else {
      const mapped = map(Object.fromEntries(header.map((name, index) => [name, record[index]])));
      if (mapped.ok) batch.push({ line: info.lines, mapped });
      else reject(info.lines, mapped.reason);
    }
    if (batch.length >= batchSize) {
      await schedule(batch);
      batch = [];
    }
    options.onProgress?.(info.bytes, summary.read);
  }
  if (!header) throw new ImportFileError(`${options.file}: the file is empty (expected a header row)`);
  if (batch.length > 0) await schedule(batch);
  if (inFlight) await inFlight;
  // Rejections found while skipping unparseable records count as read rows too.
  summary.read = summary.imported + summary.unchanged + summary.rejected;
  summary.seconds = (Date.now() - started) / 1000;
  summary.rowsPerSecond = Math.round(summary.read / Math.max(summary.seconds, 0.001));
  return summary;
}

function checkHeader(kind: ImportKind, header: string[]): void {
  const required: readonly string[] = kind === 'comtrade' ? COMTRADE_REQUIRED : TRADE_COLUMNS;
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ImportFileError(`header: expected the ${kind} columns ${required.join(', ')}; missing ${missing.join(', ')} (received ${header.join(', ')})`);
  }
}
