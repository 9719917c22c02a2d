import type { Config } from '../config.js';
import { openDatabase, type Database } from '../neo4j/database.js';
import { runningLocalUri } from '../neo4j/local-neo4j.js';
import { createDriver, waitForDatabase } from '../db/driver.js';

/**
 * For command-line tools: NEO4J_URI if set; else the local Neo4j that `npm start` is running
 * (it leaves its Bolt URI in the work dir); else start the local Neo4j for the command's duration.
 */
export async function connectForCli(config: Config, options: { seedIfEmpty: boolean }): Promise<Database> {
  const running = config.neo4jUri ? undefined : runningLocalUri(config.localNeo4jDir);
  if (running) {
    const probe = createDriver({ uri: running, username: config.neo4jUsername, password: config.neo4jPassword });
    const reachable = await waitForDatabase(probe, 2_000).then(() => true, () => false);
    await probe.close();
    if (reachable) return openDatabase({ ...config, neo4jUri: running, seedOnStart: options.seedIfEmpty }, { log: console.error });
  }
  return openDatabase({ ...config, seedOnStart: options.seedIfEmpty }, { log: console.error });
}
