/** npm run seed — (re)loads cypher/seed into the graph. MERGE on ids: a second run changes nothing. */
import { loadConfig } from '../config.js';
import { loadSeed } from '../seed/load-seed.js';
import { connectForCli } from './connect.js';

const config = loadConfig();
const database = await connectForCli(config, { seedIfEmpty: false });
try {
  const summary = await loadSeed(database.executor);
  console.log(`Seed loaded into ${database.uri}: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.tradeReports} trade reports of ${summary.tradeFlows} flows.`);
} finally {
  await database.close();
}
