/** npm start — serves the API on seeded data, starting a local Neo4j when NEO4J_URI is unset. */
import 'reflect-metadata';
import { loadConfig, ConfigError } from '../config.js';
import { startApp } from '../app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`rare-earth-graph API ready at ${app.server.url} (Neo4j at ${app.database.uri})`);
  console.log(`Health: http://localhost:${app.server.port}/health/ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the API and Neo4j...`);
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
