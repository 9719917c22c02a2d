import type { Config } from './config.js';
import { openDatabase, type Database } from './neo4j/database.js';
import { startServer, type RunningServer } from './server.js';

export interface App {
  server: RunningServer;
  database: Database;
  stop(): Promise<void>;
}

/** Start: database (local or NEO4J_URI, schema, seed) → server. `stop` closes both, server first. */
export async function startApp(config: Config, options: { dataDir?: string; log?: (line: string) => void } = {}): Promise<App> {
  const database = await openDatabase(config, options);
  try {
    const server = await startServer(config, database.executor);
    return {
      server,
      database,
      stop: async () => {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
