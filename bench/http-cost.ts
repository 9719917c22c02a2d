/**
 * npm run bench:http [-- --rounds 3 --duration 5 --connections 16]
 *
 * What the HTTP and GraphQL layers cost on their own, as Node CPU per request, with no database:
 * - this API answering `{ __typename }`, which reaches no resolver (the driver points at a closed
 *   port and is never used): HTTP, Apollo Server's pipeline and graphql-js;
 * - the floor's HTTP endpoint with an answer that reaches no database: bare HTTP and JSON.
 * The difference is what Apollo Server and graphql-js add to every request before any field is
 * resolved. Both run in this process, one after the other each round, so this process's CPU time
 * is theirs; the load comes from the benchmark's load generator in another process. No Neo4j needed.
 * Runs with NODE_ENV=production (set by the npm script, before graphql-js loads).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Child } from './processes.js';
import { startContestant, type ContestantServer } from './contestants/contestant.js';
import { serveFloorEndpoint } from './contestants/floor.js';
import type { LoadSlice } from './load/summarize.js';
import { measureWindow, ownCpuSeconds } from './load/window.js';

const WARMUP_SECONDS = 2;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '16' } } });
  const duration = Number(values.duration);
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
  const servers: { name: string; server: ContestantServer; body: object }[] = [
    { name: 'ours, `{ __typename }`', server: await startContestant('ours', driver), body: { query: '{ __typename }' } },
    // The same answer as ours gives ({"data":{"__typename":"Query"}}), with no GraphQL.
    { name: 'the floor\'s endpoint, no database', server: await serveFloorEndpoint(async () => ({ __typename: 'Query' })), body: { op: 'none' } },
  ];
  const { child: load } = await Child.start('load', './load/worker.ts', []);
  try {
    const jobOf = ({ server, body }: (typeof servers)[number]) => ({ url: server.url, bodies: [JSON.stringify(body)], connections: Number(values.connections), durationSeconds: duration });
    for (const entry of servers) await load.request<LoadSlice>({ ...jobOf(entry), warmupSeconds: 0, waitForConnections: false });
    console.log('| round | server | req/s | Node CPU ms/request |\n| ---: | --- | ---: | ---: |');
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const entry of servers) {
        // As in bench:cpu: one run, its window opening after WARMUP_SECONDS.
        const { result, cpuSeconds: [nodeSeconds] } = await measureWindow(load, jobOf(entry), WARMUP_SECONDS, () => [ownCpuSeconds()]);
        if (result.errors > 0) throw new Error(`${entry.name}: ${result.errors} requests failed`);
        console.log(`| ${round} | ${entry.name} | ${result.requestsPerSecond.toFixed(0)} | ${((nodeSeconds * 1000) / result.requests).toFixed(3)} |`);
      }
    }
  } finally {
    await load.request({ type: 'stop' }).catch(() => undefined);
    for (const { server } of servers) await server.stop();
    await driver.close();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
