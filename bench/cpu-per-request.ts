/**
 * npm run bench:cpu [-- --scale 1] [--only nested3,nested5] [--contestants ours,reference,floor] [--duration 8] [--connections 8]
 *
 * CPU time per request, split between the contestant's Node process and Neo4j: the two costs
 * that share this machine's cores, so their sum (plus the load generator's) is what bounds
 * requests/s. Each contestant runs in this process, one at a time (so this process's CPU time is
 * the contestant's); the load comes from the benchmark's load generator in another process; Neo4j's
 * CPU time is read from /proc for its Java process. Every contestant is warmed up on an operation
 * before any is measured, and each cell again for as long as it is measured. Uses the store `npm run bench -- --scale <s>` built (`.neo4j/bench-x<s>`).
 * Runs with NODE_ENV=production (set by the npm script, before graphql-js loads).
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { Child } from './processes.js';
import { OPERATIONS, sendTo } from './operations.js';
import { CONTESTANTS, startContestant, type ContestantName } from './contestants/contestant.js';
import { summarize, type LoadSlice } from './load/summarize.js';

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process, from /proc/<pid>/stat (Linux). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' }, only: { type: 'string', default: 'nested3,nested5,connection' },
      contestants: { type: 'string', default: CONTESTANTS.join(',') }, duration: { type: 'string', default: '8' },
      connections: { type: 'string', default: '8' },
    },
  });
  const store = `.neo4j/bench-x${values.scale}`;
  if (!existsSync(store)) throw new Error(`--scale: no store ${store}; build it first with npm run bench -- --scale ${values.scale}`);
  const duration = Number(values.duration);
  const neo4j = await startLocalNeo4j(store, () => {});
  if (!neo4j.pid) throw new Error('Neo4j started without a process id');
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'neo4j' });
  const { child: load } = await Child.start('load', './load/worker.ts', []);
  try {
    console.log('| operation | contestant | req/s | Node CPU ms/request | Neo4j CPU ms/request |\n| --- | --- | ---: | ---: | ---: |');
    for (const op of OPERATIONS.filter((o) => values.only.split(',').includes(o.name))) {
      const names = (values.contestants.split(',') as ContestantName[]).filter((name) => op.plans[name]);
      // Two rounds: the first only warms Neo4j and each contestant's code up (whoever goes first
      // would otherwise pay for Neo4j compiling the shared query shapes), the second is reported.
      for (const round of ['warm-up', 'measured']) {
        for (const name of names) {
          const server = await startContestant(name, driver);
          try {
            const { bodies } = await op.plans[name]!(sendTo(server.url));
            const job = { url: server.url, bodies: bodies.map((body) => JSON.stringify(body)), connections: Number(values.connections), durationSeconds: duration, warmupSeconds: 0 };
            await load.request<LoadSlice>(job); // this contestant's own warm-up, in both rounds
            if (round === 'warm-up') continue;
            const [nodeBefore, neo4jBefore] = [process.cpuUsage(), cpuSecondsOf(neo4j.pid)];
            const result = summarize([await load.request<LoadSlice>(job)]);
            const node = process.cpuUsage(nodeBefore);
            const neo4jSeconds = cpuSecondsOf(neo4j.pid) - neo4jBefore;
            const perRequest = (seconds: number) => ((seconds * 1000) / result.requests).toFixed(2);
            console.log(`| ${op.name} | ${name} | ${result.requestsPerSecond.toFixed(1)} | ${perRequest((node.user + node.system) / 1e6)} | ${perRequest(neo4jSeconds)} |`);
          } finally {
            await server.stop();
          }
        }
      }
    }
  } finally {
    await load.request({ type: 'stop' }).catch(() => undefined);
    await driver.close();
    await neo4j.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
