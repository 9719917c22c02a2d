import http from 'node:http';
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor.js';
import { cypher } from '../../src/db/cypher.js';
import { loadTradeSeries } from '../../src/analysis/trade-series/trade-series.service.js';
import { loadExportDependents } from '../../src/analysis/export-dependents/export-dependents.service.js';
import { listenLocally, type ContestantServer } from './contestant.js';

/** A floor query: its Cypher (bench/cypher/floor-<name>.cypher), how to bind the request, how to shape the rows. */
interface CypherOperation {
  query: string;
  params(variables: Record<string, unknown>): Record<string, unknown>;
  shape(rows: Record<string, any>[], variables: Record<string, unknown>): unknown;
}

/** A floor query's Cypher (bench/cypher/floor-<name>.cypher), without its `:param` lines. */
const floorCypher = (name: string) =>
  readFileSync(new URL(`../cypher/floor-${name}.cypher`, import.meta.url), 'utf8').split('\n').filter((line) => !/^\s*:/.test(line)).join('\n');
const int = (value: unknown, fallback: number) => neo4j.int(typeof value === 'number' ? value : fallback);

const CYPHER_OPERATIONS: Record<string, CypherOperation> = {
  nested3: { query: floorCypher('nested3'), params: (v) => ({ first: int(v.first, 50) }), shape: (rows) => rows.map((row) => row.country) },
  nested5: { query: floorCypher('nested5'), params: (v) => ({ first: int(v.first, 50) }), shape: (rows) => rows.map((row) => row.country) },
  connection: {
    query: floorCypher('connection'),
    params: (v) => ({ first: int(v.first, 20), afterName: v.afterName ?? null, afterId: v.afterId ?? null }),
    shape: ([row], v) => {
      const first = typeof v.first === 'number' ? v.first : 20;
      const nodes = row.nodes as { id: string; name: string }[];
      return { totalCount: row.totalCount, nodes: nodes.slice(0, first), hasNextPage: nodes.length > first };
    },
  },
  tradeFlows: { query: floorCypher('trade-flows'), params: (v) => ({ exporter: v.exporter, from: v.from, to: v.to }), shape: (rows) => rows.map((row) => row.flow) },
  // The same full-text query our API runs (cypher/queries/analysis/search.cypher), straight through the driver.
  search: {
    query: cypher('queries/analysis/search'),
    params: (v) => ({ query: v.query, labels: v.labels, first: int(v.first, 10) }),
    shape: (rows) => rows.map((row) => ({ id: row.node.id, score: row.score })),
  },
};

/**
 * The analysis fields' floor: our own Cypher and pure shaping (src/analysis/*.service.ts) called
 * directly over the driver — no GraphQL, no HTTP framework — so the ratio to it is what serving
 * the field through GraphQL costs.
 */
const SERVICE_OPERATIONS: Record<string, (executor: Executor, v: Record<string, any>) => Promise<unknown>> = {
  tradeSeries: (executor, v) => loadTradeSeries(executor, { exporter: v.exporter, importer: v.importer, product: v.product, from: v.from, to: v.to }),
  exportDependents: (executor, v) => loadExportDependents(executor, { exporter: v.exporter, importer: v.importer, product: v.product, period: v.period } as never),
};

/** The floor's connection page: the shape its hand-written Cypher answers with (apollo-floor serves it through GraphQL). */
export interface FloorPage {
  totalCount: number;
  nodes: { id: string; name: string }[];
  hasNextPage: boolean;
}

/** One page of companies by name from the floor's Cypher: `first` after the cursor (afterName, afterId), or from the start. */
export function floorConnectionPage(driver: Driver, variables: { first: number; afterName: string | null; afterId: string | null }): Promise<FloorPage> {
  return runCypher(driver, CYPHER_OPERATIONS.connection, variables) as Promise<FloorPage>;
}

async function runCypher(driver: Driver, operation: CypherOperation, variables: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(operation.query, operation.params(variables)));
    return operation.shape(result.records.map((record) => record.toObject()), variables);
  } finally {
    await session.close();
  }
}

/**
 * The floor: the equivalent hand-written Cypher through neo4j-driver, one managed read
 * transaction per request, behind the smallest HTTP endpoint (POST /floor {op, variables}),
 * so that autocannon loads it exactly as it loads the GraphQL servers.
 */
export async function startFloor(driver: Driver): Promise<ContestantServer> {
  const executor = new Executor(driver, 'neo4j');
  return serveFloorEndpoint(async (op, variables) => {
    const data = CYPHER_OPERATIONS[op] ? await runCypher(driver, CYPHER_OPERATIONS[op], variables)
      : SERVICE_OPERATIONS[op] ? await SERVICE_OPERATIONS[op](executor, variables)
      : undefined;
    if (data === undefined) throw new Error(`op: expected one of ${[...Object.keys(CYPHER_OPERATIONS), ...Object.keys(SERVICE_OPERATIONS)].join(', ')}, received "${op}"`);
    return data;
  });
}

/**
 * The floor's HTTP endpoint around `answer`: POST {op, variables} → 200 {data}, or 500 {errors}
 * if `answer` throws. bench:http also serves it with an answer that reaches no database, to measure
 * what bare HTTP costs.
 */
export async function serveFloorEndpoint(answer: (op: string, variables: Record<string, unknown>) => Promise<unknown>): Promise<ContestantServer> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      try {
        const { op, variables = {} } = JSON.parse(body) as { op: string; variables?: Record<string, unknown> };
        const data = await answer(op, variables);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  const port = await listenLocally(server);
  return { url: `http://127.0.0.1:${port}/floor`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
