import type { Executor } from '../db/executor.js';
import { isLabel, labelOf, type Label } from '../graph/shared/labels.js';
import { readSeedFolder, readTradeCsv } from './seed-files.js';
import type { Value } from './typed-csv.js';
import { mapTradeRow } from './trade-rows.js';
import { loadImportLookups } from '../ingest/lookups.js';
import { writeTradeReports } from '../ingest/trade-writer.js';

const BATCH = 500;

export interface SeedSummary {
  nodes: number;
  relationships: number;
  tradeReports: number;
  tradeFlows: number;
}

/**
 * Loads cypher/seed into the database with MERGE on ids, so a second load changes nothing.
 * Nodes first (sources before the facts that cite them), then relationships, then trade reports,
 * then each touched flow's preferred value. Fails loudly on a reference that does not resolve:
 * seed data is ours, and a silently dropped row would be a lost fact.
 */
export async function loadSeed(db: Executor): Promise<SeedSummary> {
  const summary: SeedSummary = { nodes: 0, relationships: 0, tradeReports: 0, tradeFlows: 0 };
  const nodeFiles = readSeedFolder('nodes').sort((a, b) => Number(b.name === 'Source') - Number(a.name === 'Source'));
  for (const file of nodeFiles) {
    if (!isLabel(file.name)) throw new Error(`cypher/seed/nodes/${file.name}.csv: "${file.name}" is not a label of the model`);
    summary.nodes += await mergeNodes(db, file.name, file.rows);
  }
  for (const file of readSeedFolder('relationships')) {
    summary.relationships += await mergeRelationships(db, file.name, file.rows);
  }
  const trade = await loadTradeCsv(db, readTradeCsv());
  summary.tradeReports = trade.reports;
  summary.tradeFlows = trade.flows;
  return summary;
}

export async function mergeNodes(db: Executor, label: Label, rows: Record<string, Value>[]): Promise<number> {
  const prepared = rows.map((row) => {
    const { id, sources = [], ...props } = row as Record<string, Value> & { id: string; sources?: string[] };
    if (labelOf(String(id)) !== label) throw new Error(`${label} row: id "${id}" does not carry the ${label} prefix`);
    return { id, sources, props: withDisplayFields({ ...LIST_DEFAULTS[label], ...props }) };
  });
  let merged = 0;
  for (let start = 0; start < prepared.length; start += BATCH) {
    const [result] = await db.write(
      `UNWIND $rows AS row
       MERGE (n:${label} {id: row.id})
       SET n += row.props
       WITH n, row
       CALL (n, row) {
         UNWIND row.sources AS sourceId
         MATCH (s:Source {id: sourceId})
         MERGE (n)-[:CITES]->(s)
         RETURN count(s) AS cited
       }
       RETURN count(n) AS merged, sum(cited) AS cited, sum(size(row.sources)) AS expected`,
      { rows: prepared.slice(start, start + BATCH) },
      `seed ${label}`,
    );
    if (result.cited !== result.expected) {
      throw new Error(`${label}: ${result.expected - result.cited} source id(s) named in the seed do not exist`);
    }
    merged += result.merged;
  }
  return merged;
}

export async function mergeRelationships(db: Executor, type: string, rows: Record<string, Value>[]): Promise<number> {
  if (!/^[A-Z_]+$/.test(type)) throw new Error(`relationship file "${type}": expected an UPPER_CASE type name`);
  const groups = new Map<string, { from: string; to: string; props: Record<string, Value> }[]>();
  for (const row of rows) {
    const { from, to, ...props } = row as Record<string, Value> & { from: string; to: string };
    const fromLabel = labelOf(String(from));
    const toLabel = labelOf(String(to));
    if (!fromLabel || !toLabel) throw new Error(`${type} ${from} → ${to}: an id has no known label prefix`);
    const key = `${fromLabel}|${toLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), { from, to, props }]);
  }
  let merged = 0;
  for (const [key, group] of groups) {
    const [fromLabel, toLabel] = key.split('|');
    const [result] = await db.write(
      `UNWIND $rows AS row
       MATCH (a:${fromLabel} {id: row.from})
       MATCH (b:${toLabel} {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r += row.props
       RETURN count(r) AS merged`,
      { rows: group },
      `seed ${type}`,
    );
    if (result.merged !== group.length) {
      throw new Error(`${type} (${fromLabel} → ${toLabel}): ${group.length - result.merged} row(s) name a node that does not exist`);
    }
    merged += result.merged;
  }
  return merged;
}

/**
 * Loads the seed's trade rows through the importer's writer (src/ingest/trade-writer.ts), in one
 * transaction with the touched flows' preferred values. Seed rows are ours: any rejection is a
 * bug in the data and fails the load, with every line and reason.
 */
export async function loadTradeCsv(db: Executor, rows: { line: number; record: Record<string, string> }[]): Promise<{ reports: number; flows: number }> {
  const lookups = await loadImportLookups(db);
  const mapped = rows.map(({ line, record }) => ({ line, result: mapTradeRow(record, lookups) }));
  const rejected = mapped.filter((row) => !row.result.ok);
  if (rejected.length > 0) {
    throw new Error(`trade rows rejected:\n${rejected.map((row) => `  line ${row.line}: ${(row.result as { reason: string }).reason}`).join('\n')}`);
  }
  const good = mapped.map((row) => row.result).filter((result) => result.ok);
  const sources = [...new Map(good.map(({ source }) => [source.id, source])).values()];
  await db.writeTransaction((run) => writeTradeReports(run, good.map(({ flow, report }) => ({ flow, report })), sources), 'seed trade reports');
  return { reports: good.length, flows: new Set(good.map(({ flow }) => flow.id)).size };
}

/** List properties the API promises as non-null: an absent cell means "none recorded", stored as []. */
export const LIST_DEFAULTS: Partial<Record<Label, Record<string, Value>>> = {
  Country: { aliases: [], isAggregate: false },
  Product: { aliases: [], nationalCodes: [] },
  Application: { aliases: [] },
  Company: { aliases: [], roles: [] },
};

/** Every node gets a display `name` (used by search, sorting and graph views) and a searchable alias text. */
function withDisplayFields(props: Record<string, Value>): Record<string, Value> {
  const name = props.name ?? props.title ?? props.summary ?? props.symbol;
  const aliases = Array.isArray(props.aliases) ? props.aliases.join(' | ') : undefined;
  return { ...props, ...(name !== undefined && { name }), ...(aliases && { aliasText: aliases }) };
}
