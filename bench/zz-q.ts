import 'reflect-metadata';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { startContestant } from './contestants/contestant.js';
import { countingDriver } from './contestants/counting-driver.js';
import { OPERATIONS, sendTo } from './operations.js';
const n = await startLocalNeo4j('.neo4j/bench-x1', () => {});
const raw = createDriver({ uri: n.uri, username: 'neo4j', password: 'neo4j' });
const log: any = { roundTrips: 0, active: 0, recording: true, queries: [], transactions: [] };
const s = await startContestant((process.argv[2] ?? 'ours') as any, countingDriver(raw, log));
for (const op of OPERATIONS.filter((o) => o.name === (process.argv[3] ?? 'nested5'))) {
  await op.plans[(process.argv[2] ?? 'ours') as 'ours']!(sendTo(s.url));
}
for (const q of log.queries) console.log(q.query, '\n', JSON.stringify(q.params), '\n-----');
await s.stop(); await raw.close(); await n.stop(); process.exit(0);
