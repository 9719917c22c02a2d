/**
 * npm run bench:cpu [-- --scale 1] [--only nested3,nested5] [--contestants ours,reference,floor] [--duration 8] [--warmup 15] [--connections 8] [--rounds 1]
 *
 * CPU time per request, split between the contestant's Node process, Neo4j and the load
 * generator: the three share this machine's cores, so their sum is what bounds requests/s. Each
 * contestant runs in this process, one at a time (so this process's CPU time is the contestant's);
 * the load comes from the benchmark's load generator in another process; Neo4j's and the load
 * generator's CPU time is read from /proc. Every contestant is warmed up on an operation for
 * --warmup seconds before any is measured (Neo4j's JVM needs about half a minute of load to settle:
 * with 6 s each, the first contestant measured was charged up to 2.7× the Neo4j CPU per request it
 * cost warm), and each measured window opens after 2 s of the same run's load. Uses the
 * store `npm run bench -- --scale <s>` built (`.neo4j/bench-x<s>`).
 * Runs with NODE_ENV=production (set by the npm script, before graphql-js loads).
 *
 * `--rounds N` measures every contestant N times, in turns, a different one first each round (this
 * machine's speed drifts by up to a third between minutes, so one window each can mislead), and
 * ends with each contestant's median.
 * `apollo-floor` (the floor's query behind Apollo Server, contestants/apollo-floor.ts) runs the
 * connection only, as in npm run bench; the default is the issue's three contestants.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { Child } from './processes.js';
import { OPERATIONS, sendTo } from './operations.js';
import { CONTESTANTS, contestantPoolSize, startContestant, type ContestantName } from './contestants/contestant.js';
import { rotate } from './rotate.js';
import type { LoadSlice } from './load/summarize.js';
import { measureWindow, ownCpuSeconds } from './load/window.js';
import { cpuSecondsOf } from './load/process-cpu.js';

/** The default: the issue's three contestants (apollo-floor, the connection's bound, only when asked for). */
const ISSUE_CONTESTANTS = CONTESTANTS.filter((name) => name !== 'apollo-floor');

/** Load before each measured window, in the same run: the window opens on a server in its steady state. */
const WARMUP_SECONDS = 2;

/** req/s, then Node, Neo4j and load generator CPU ms per request. */
const row = ([requestsPerSecond, ...msPerRequest]: number[]) => [requestsPerSecond.toFixed(1), ...msPerRequest.map((ms) => ms.toFixed(2))].join(' | ');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' }, only: { type: 'string', default: 'nested3,nested5,connection' },
      contestants: { type: 'string', default: ISSUE_CONTESTANTS.join(',') }, duration: { type: 'string', default: '8' }, warmup: { type: 'string', default: '15' },
      connections: { type: 'string', default: '8' }, rounds: { type: 'string', default: '1' },
    },
  });
  const unknown = values.contestants.split(',').filter((name) => !(CONTESTANTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--contestants: expected some of ${CONTESTANTS.join(', ')}, received "${unknown.join(',')}"`);
  if (!/^[1-9]\d*$/.test(values.rounds)) throw new Error(`--rounds: expected a whole number of at least 1, received "${values.rounds}"`);
  const store = `.neo4j/bench-x${values.scale}`;
  if (!existsSync(store)) throw new Error(`--scale: no store ${store}; build it first with npm run bench -- --scale ${values.scale}`);
  const duration = Number(values.duration);
  const neo4j = await startLocalNeo4j(store, () => {});
  if (!neo4j.pid) throw new Error('Neo4j started without a process id');
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'neo4j', maxConnectionPoolSize: contestantPoolSize() });
  const { child: load } = await Child.start('load', './load/worker.ts', []);
  try {
    console.log('| operation | round | contestant | req/s | Node CPU ms/request | Neo4j CPU ms/request | load generator CPU ms/request |\n| --- | ---: | --- | ---: | ---: | ---: | ---: |');
    const measured: Record<string, number[][]> = {};
    for (const op of OPERATIONS.filter((o) => values.only.split(',').includes(o.name))) {
      const names = (values.contestants.split(',') as ContestantName[]).filter((name) => op.plans[name]);
      // Round 0 only warms Neo4j and each contestant's code up (whoever goes first would otherwise
      // pay for Neo4j compiling the shared query shapes); rounds 1..N are measured.
      for (let round = 0; round <= Number(values.rounds); round++) {
        // A different contestant goes first each round: whoever follows another in this one process
        // may pay for its garbage, and the machine's speed drifts within a round. (npm run bench keeps
        // one order: there each server idles between its turns, and the waits must be equal.)
        for (const name of rotate(names, round)) {
          const server = await startContestant(name, driver);
          try {
            const { bodies } = await op.plans[name]!(sendTo(server.url));
            const job = { url: server.url, bodies: bodies.map((body) => JSON.stringify(body)), connections: Number(values.connections), durationSeconds: duration, warmupSeconds: 0 };
            if (round === 0) {
              await load.request<LoadSlice>({ ...job, durationSeconds: Number(values.warmup), waitForConnections: false });
              continue;
            }
            // One continuous run: WARMUP_SECONDS of load, then the counted window.
            const { result, cpuSeconds } = await measureWindow(
              load, job, WARMUP_SECONDS, () => [ownCpuSeconds(), cpuSecondsOf(neo4j.pid!), cpuSecondsOf(load.pid!)],
            );
            const figures = [result.requestsPerSecond, ...cpuSeconds.map((seconds) => (seconds * 1000) / result.requests)];
            (measured[`${op.name} | median | ${name}`] ??= []).push(figures);
            console.log(`| ${op.name} | ${round} | ${name} | ${row(figures)} |`);
          } finally {
            await server.stop();
          }
        }
      }
    }
    if (Number(values.rounds) > 1) {
      for (const [key, runs] of Object.entries(measured)) console.log(`| ${key} | ${row(runs[0].map((_, i) => median(runs.map((figures) => figures[i]))))} |`);
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
