import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import { startServer } from '../../src/server.js';
import type { ContestantServer } from './contestant.js';

/** This API, exactly as `npm start` serves it (production settings), over the benchmark's driver. */
export async function startOurs(driver: Driver): Promise<ContestantServer> {
  const config = loadConfig({
    ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', NEO4J_URI: 'bolt://unused:7687',
    SEED_ON_START: 'false', REPORT_DB_ROUND_TRIPS: 'true',
  });
  const executor = new Executor(driver, config.neo4jDatabase);
  const server = await startServer(config, executor);
  return { url: `http://127.0.0.1:${server.port}/graphql`, stop: () => server.stop() };
}
