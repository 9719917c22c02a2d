/**
 * Child-process entry of one contestant: `serve.ts <ours|reference|floor|apollo-floor> <boltUri>`.
 * Each contestant runs in its own process so that its memory is its own and the load generator
 * (another process) measures it over HTTP. It talks to the harness over IPC:
 *   → ready {url}; ← record / stop-record (round trips and queries of the requests in between),
 *   ← profile (PROFILE of the recorded queries: db hits), ← memory, ← stop.
 */
import 'reflect-metadata';
import { createDriver } from '../../src/db/driver.js';
import { countingDriver, type DriverLog } from './counting-driver.js';
import { contestantPoolSize, startContestant, type ContestantName } from './contestant.js';
import { profileQueries } from './profile.js';

export type Request =
  | { id: number; type: 'record' | 'stop-record' | 'profile' | 'memory' | 'idle' | 'stop' };

async function main(): Promise<void> {
  const [kind, uri] = process.argv.slice(2) as [ContestantName, string];
  const raw = createDriver({ uri, username: 'neo4j', password: 'neo4j', maxConnectionPoolSize: contestantPoolSize() });
  const log: DriverLog = { roundTrips: 0, active: 0, recording: false, queries: [], transactions: [] };
  const server = await startContestant(kind, countingDriver(raw, log));
  const reply = (id: number, result: unknown) => process.send?.({ id, result });
  process.on('message', async (message: Request) => {
    try {
      switch (message.type) {
        case 'record':
          Object.assign(log, { roundTrips: 0, recording: true, queries: [], transactions: [] });
          return reply(message.id, {});
        case 'stop-record':
          log.recording = false;
          return reply(message.id, { roundTrips: log.roundTrips, queries: log.queries.map((q) => q.query), transactions: log.transactions });
        case 'profile':
          return reply(message.id, await profileQueries(raw, log.queries));
        case 'idle':
          return reply(message.id, await idle(log));
        case 'memory':
          return reply(message.id, process.memoryUsage());
        case 'stop':
          await server.stop();
          await raw.close();
          reply(message.id, {});
          return process.exit(0);
      }
    } catch (error) {
      process.send?.({ id: message.id, error: (error as Error).stack ?? String(error) });
    }
  });
  process.send?.({ type: 'ready', url: server.url });
}

/** Resolves once no transaction has run for QUIET_MS (requests still queued when a load run ended have drained). */
async function idle(log: DriverLog): Promise<{ waitedMs: number }> {
  const QUIET_MS = 300;
  const started = Date.now();
  let quietSince = Date.now();
  let lastCount = log.roundTrips;
  while (Date.now() - quietSince < QUIET_MS && Date.now() - started < 300_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (log.active > 0 || log.roundTrips !== lastCount) quietSince = Date.now();
    lastCount = log.roundTrips;
  }
  return { waitedMs: Date.now() - started };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
