import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/neo4j/database.js';
import type { Executor } from '../../src/db/executor.js';
import { generate, GENERATOR_VERSION, type GeneratorOptions, type Sizes } from './generate.js';

const NODE_BATCH = 5_000;
const FLOW_BATCH = 10_000;
/** Labels and relationship types below come from the generator, never from input: checked anyway. */
const NAME = /^[A-Z][A-Za-z_]*$/;

export interface BenchDatabase extends Database {
  sizes: Sizes;
  /** True when the synthetic data was already in the store and nothing was loaded. */
  reused: boolean;
}

/**
 * The benchmark's own Neo4j: a local store in `dataDir` (never NEO4J_URI, never the API's or the
 * tests' store), with cypher/schema applied and the real seed loaded by openDatabase, then the
 * synthetic graph for (scale, seed) loaded with batched UNWIND through executeWrite. A store that
 * already holds the same dataset (marker node `:BenchDataset`) is reused as it is.
 */
export async function openBenchDatabase(options: GeneratorOptions & { dataDir: string; log: (line: string) => void }): Promise<BenchDatabase> {
  const env = { ...process.env, NEO4J_URI: '', NODE_ENV: 'production', SEED_ON_START: 'true' };
  const database = await openDatabase(loadConfig(env), { dataDir: options.dataDir, log: options.log });
  try {
    const graph = generate(options);
    const datasetId = `syn-dataset-${GENERATOR_VERSION}-${options.scale}-${options.seed}`;
    const [marker] = await database.executor.read('MATCH (d:BenchDataset {id: $id}) RETURN d.complete AS complete', { id: datasetId }, 'bench marker');
    if (marker?.complete === true) {
      options.log(`Synthetic data ×${options.scale} (seed ${options.seed}) already loaded in ${options.dataDir}`);
      return { ...database, sizes: graph.sizes, reused: true };
    }
    const started = Date.now();
    options.log(`Loading synthetic data ×${options.scale}: ${JSON.stringify(graph.sizes)}`);
    for (const { label, rows } of graph.nodes) {
      for (let i = 0; i < rows.length; i += NODE_BATCH) await mergeNodes(database.executor, label, rows.slice(i, i + NODE_BATCH));
    }
    for (const { type, fromLabel, toLabel, rows } of graph.relationships) {
      for (let i = 0; i < rows.length; i += NODE_BATCH) await mergeRelationships(database.executor, type, fromLabel, toLabel, rows.slice(i, i + NODE_BATCH));
    }
    let flows = 0;
    for (const batch of graph.flowBatches(FLOW_BATCH)) {
      await database.executor.write(
        `UNWIND $rows AS row
         MERGE (f:TradeFlow {id: row.id}) SET f += row.props
         WITH f, row
         MATCH (e:Country {id: row.exporterId})
         MATCH (i:Country {id: row.importerId})
         MATCH (p:Product {id: row.productId})
         MERGE (f)-[:FROM]->(e)
         MERGE (f)-[:TO]->(i)
         MERGE (f)-[:OF]->(p)`,
        { rows: batch },
        'bench load flows',
      );
      flows += batch.length;
      if (flows % 100_000 < FLOW_BATCH) options.log(`  ${flows.toLocaleString('en')} / ${graph.sizes.tradeFlows.toLocaleString('en')} trade flows (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await database.executor.write('MERGE (d:BenchDataset {id: $id}) SET d.complete = true, d.synthetic = true, d.sizes = $sizes', { id: datasetId, sizes: JSON.stringify(graph.sizes) }, 'bench marker');
    options.log(`Loaded synthetic data in ${Math.round((Date.now() - started) / 1000)} s`);
    return { ...database, sizes: graph.sizes, reused: false };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function mergeNodes(db: Executor, label: string, rows: unknown[]): Promise<void> {
  if (!NAME.test(label)) throw new Error(`label: expected a name like Country, received "${label}"`);
  await db.write(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, { rows }, `bench load ${label}`);
}

async function mergeRelationships(db: Executor, type: string, fromLabel: string, toLabel: string, rows: unknown[]): Promise<void> {
  for (const name of [type, fromLabel, toLabel]) if (!NAME.test(name)) throw new Error(`expected a label or type name, received "${name}"`);
  await db.write(
    `UNWIND $rows AS row
     MATCH (a:${fromLabel} {id: row.from})
     MATCH (b:${toLabel} {id: row.to})
     MERGE (a)-[r:${type}]->(b) SET r += row.props`,
    { rows },
    `bench load ${type}`,
  );
}
