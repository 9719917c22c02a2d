/**
 * The load generator, in its own process (forked once by the harness). Each job is one autocannon
 * run at a fixed concurrency, cycling through the job's request bodies: first `warmupSeconds`
 * whose answers are not counted, then a window of `durationSeconds` whose answers are. Warm-up and
 * window are one continuous run, so the window starts with the server in its steady state (a
 * separate warm-up run would leave its last requests queued at the server, to be answered inside
 * the window), and the requests still open when the window closes are not counted (as many were
 * open when it opened).
 */
import autocannon from 'autocannon';
import type { LoadSlice } from './summarize.js';

export interface LoadJob {
  id: number;
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

// autocannon checks whether to stop at every sample (default every second): every 100 ms, the
// run ends close to the window's end.
const SAMPLE_MS = 100;

async function measure(job: LoadJob): Promise<LoadSlice> {
  const opensAt = job.warmupSeconds * 1000;
  const closesAt = opensAt + job.durationSeconds * 1000;
  const latenciesMs: number[] = [];
  let errors = 0;
  // autocannon starts its own clock after this one, so its run outlasts the window.
  const started = performance.now();
  const inWindow = () => {
    const elapsed = performance.now() - started;
    return elapsed >= opensAt && elapsed < closesAt;
  };
  const run = autocannon({
    url: job.url,
    connections: job.connections,
    duration: closesAt / 1000,
    sampleInt: SAMPLE_MS,
    timeout: 30,
    requests: job.bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
  });
  run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (!inWindow()) return;
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(Math.round(responseTimeMs * 100) / 100);
    else errors += 1;
  });
  run.on('reqError', () => {
    if (inWindow()) errors += 1;
  });
  await run;
  return { seconds: job.durationSeconds, latenciesMs, errors };
}

process.on('message', async (job: LoadJob | { id: number; type: 'stop' }) => {
  if ('type' in job) process.exit(0);
  try {
    process.send?.({ id: job.id, result: await measure(job) });
  } catch (error) {
    process.send?.({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
process.send?.({ type: 'ready' });
