/**
 * The load generator, in its own process (forked once by the harness). Each job is one autocannon
 * run at a fixed concurrency, cycling through the job's request bodies: first a warm-up whose
 * answers are not counted (`warmupSeconds`, and for the harness until every connection has been
 * answered once: see counted-window.ts), then a window of `durationSeconds` whose answers are. Warm-up and
 * window are one continuous run, so the window starts with the server in its steady state (a
 * separate warm-up run would leave its last requests queued at the server, to be answered inside
 * the window), and the requests still open when the window closes are not counted (as many were
 * open when it opened).
 */
import autocannon from 'autocannon';
import { CountedWindow } from './counted-window.js';
import { WindowCpu } from './window-cpu.js';
import type { LoadSlice } from './summarize.js';

export interface LoadJob {
  id: number;
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /**
   * Open the window only once every connection has been answered, too (the harness). bench:cpu and
   * bench:http read CPU clocks on their own timer, so their windows open after `warmupSeconds` sharp.
   */
  waitForConnections: boolean;
  /** Processes (name → pid) whose CPU time the window's figures include (see LoadSlice.cpuSeconds). */
  cpuPids?: Record<string, number>;
}

// The window is opened and closed on a timer of this period (autocannon, too, checks whether to
// stop at every sample: every 100 ms, the run ends close to the window's end).
const SAMPLE_MS = 100;
// As long as autocannon's request timeout: a connection unanswered for that long is failing.
const CONNECT_LIMIT_MS = 30_000;

async function measure(job: LoadJob): Promise<LoadSlice> {
  const window = new CountedWindow(job.waitForConnections ? job.connections : 0, job.warmupSeconds * 1000, job.durationSeconds * 1000, CONNECT_LIMIT_MS);
  const latenciesMs: number[] = [];
  let errors = 0;
  // autocannon starts its own clock after this one, so its run outlasts the window.
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const run = autocannon({
    url: job.url,
    connections: job.connections,
    duration: window.longestRunMs / 1000 + 1,
    sampleInt: SAMPLE_MS,
    timeout: CONNECT_LIMIT_MS / 1000,
    requests: job.bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
  });
  const cpu = new WindowCpu(job.cpuPids ?? {});
  const timer = setInterval(() => {
    const closed = window.tick(elapsed());
    cpu.follow(window.opensAt !== undefined, closed);
    if (closed) run.stop();
  }, SAMPLE_MS);
  run.on('response', (client, statusCode, _bytes, responseTimeMs) => {
    const counted = window.answer(client, elapsed());
    cpu.follow(window.opensAt !== undefined, false);
    if (!counted) return;
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(Math.round(responseTimeMs * 100) / 100);
    else errors += 1;
  });
  run.on('reqError', () => {
    if (window.isOpen(elapsed())) errors += 1;
  });
  try {
    await run;
  } finally {
    clearInterval(timer);
  }
  return { seconds: job.durationSeconds, latenciesMs, errors, openedAtSeconds: (window.opensAt ?? Number.NaN) / 1000, cpuSeconds: cpu.secondsPer(job.durationSeconds) };
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
