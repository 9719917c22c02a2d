import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/neo4j/database.js';

/**
 * Each test run uses its own local store, new and removed at the end, so every run starts from
 * the seed alone and two runs on one machine never share a database.
 */
const TEST_DATA_DIR = `.neo4j/test-${process.pid}`;

let database: Database | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts (or, with NEO4J_URI, reuses) the real Neo4j once for the whole suite, the same way
 * `npm start` does: constraints and indexes applied, graph seeded.
 */
export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  if (!config.neo4jUri) rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  database = await openDatabase(config, { dataDir: TEST_DATA_DIR, log: (line) => console.log(`[neo4j] ${line}`) });
  project.provide('neo4jUri', database.uri);
}

export async function teardown(): Promise<void> {
  await database?.close();
  if (!process.env.NEO4J_URI) rmSync(TEST_DATA_DIR, { recursive: true, force: true });
}
