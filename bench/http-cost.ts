/**
 * npm run bench:http [-- --rounds 3 --duration 5 --connections 16]
 *
 * What the HTTP and GraphQL layers cost on their own: this API's Node CPU per `{ __typename }`
 * request, which reaches no resolver and no database (the driver points at a closed port and is
 * never used). Ours runs in this process, so this process's CPU time is its own; the load comes
 * from the benchmark's load generator in another process. No Neo4j needed.
 * Runs with NODE_ENV=production (set by the npm script, before graphql-js loads).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Child } from './processes.js';
import { startContestant } from './contestants/contestant.js';
import type { LoadSlice } from './load/summarize.js';
import { measureWindow, ownCpuSeconds } from './load/window.js';

const WARMUP_SECONDS = 2;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '16' } } });
  const duration = Number(values.duration);
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
  const server = await startContestant('ours', driver);
  const { child: load } = await Child.start('load', './load/worker.ts', []);
  try {
    const job = { url: server.url, bodies: [JSON.stringify({ query: '{ __typename }' })], connections: Number(values.connections), durationSeconds: duration };
    await load.request<LoadSlice>({ ...job, warmupSeconds: 0 });
    console.log('| round | req/s | Node CPU ms/request |\n| ---: | ---: | ---: |');
    for (let round = 1; round <= Number(values.rounds); round++) {
      // As in bench:cpu: one run, its window opening after WARMUP_SECONDS.
      const { result, cpuSeconds: [nodeSeconds] } = await measureWindow(load, job, WARMUP_SECONDS, () => [ownCpuSeconds()]);
      if (result.errors > 0) throw new Error(`${result.errors} requests failed`);
      console.log(`| ${round} | ${result.requestsPerSecond.toFixed(0)} | ${((nodeSeconds * 1000) / result.requests).toFixed(3)} |`);
    }
  } finally {
    await load.request({ type: 'stop' }).catch(() => undefined);
    await server.stop();
    await driver.close();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
