import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver, waitForDatabase } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { cypher, statements } from '../db/cypher.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../db/cypher.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';
import { loadSeed } from '../seed/load-seed.js';

export interface Database {
  driver: Driver;
  executor: Executor;
  uri: string;
  /** The local Neo4j's process id, when we started one (the benchmark reads its CPU time). */
  pid?: number;
  /** Closes the driver and stops the local Neo4j if we started one. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the local Neo4j when it is unset; then waits for Bolt,
 * applies constraints and indexes, and seeds the graph if it is empty.
 */
export async function openDatabase(config: Config, options: { dataDir?: string; log?: (line: string) => void } = {}): Promise<Database> {
  const log = options.log ?? console.log;
  let local: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    local = await startLocalNeo4j(options.dataDir ?? config.localNeo4jDir, log);
    uri = local.uri;
  }
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword, maxConnectionPoolSize: config.neo4jMaxConnectionPoolSize });
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForDatabase(driver, 60_000);
    const executor = new Executor(driver, config.neo4jDatabase);
    await applySchema(executor);
    if (config.seedOnStart && (await isEmpty(executor))) {
      const summary = await loadSeed(executor);
      log(`Seeded the graph: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.tradeReports} trade reports of ${summary.tradeFlows} flows`);
    }
    return { driver, executor, uri, pid: local?.pid, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function applySchema(executor: Executor): Promise<void> {
  const text = readFileSync(join(CYPHER_DIR, 'schema', 'constraints.cypher'), 'utf8');
  for (const statement of statements(text)) await executor.write(statement, {}, 'schema');
  await executor.write('CALL db.awaitIndexes(300)', {}, 'await indexes');
}

async function isEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read(cypher('queries/graph-is-empty'), {}, 'is empty');
  return row.empty === true;
}
