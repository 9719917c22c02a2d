import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CYPHER_DIR } from '../db/cypher.js';
import { parseHeader, typedRow, type Value } from './typed-csv.js';

export const SEED_DIR = join(CYPHER_DIR, 'seed');

export interface SeedFile {
  /** Label (node files) or relationship type (relationship files), from the file name. */
  name: string;
  rows: Record<string, Value>[];
}

/** Every `nodes/<Label>.csv` or `relationships/<TYPE>.csv`, typed by its header. */
export function readSeedFolder(folder: 'nodes' | 'relationships', seedDir = SEED_DIR): SeedFile[] {
  const dir = join(seedDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.csv'))
    .sort()
    .map((file) => ({ name: file.replace(/\.csv$/, ''), rows: readTypedCsv(join(dir, file)) }));
}

export function readTypedCsv(path: string): Record<string, Value>[] {
  const [header, ...records] = parse(readFileSync(path, 'utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const columns = parseHeader(header);
  return records.map((cells, index) => {
    try {
      return typedRow(columns, cells);
    } catch (error) {
      throw new Error(`${path}, line ${index + 2}: ${(error as Error).message}`);
    }
  });
}

/** Our trade-flow CSV as records keyed by column name, with their 1-based line numbers. */
export function readTradeCsv(path = join(SEED_DIR, 'trade_flows.csv')): { line: number; record: Record<string, string> }[] {
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, record }));
}
