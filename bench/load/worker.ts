/**
 * The load generator, in its own process (forked once by the harness): each job warms the
 * contestant up, then loads it with autocannon at a fixed concurrency for a fixed duration,
 * cycling through the job's request bodies, and sends back the figures.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  id: number;
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Null when no request was answered within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  requests: number;
  errors: number;
}

async function run(job: LoadJob, duration: number) {
  return autocannon({
    url: job.url,
    connections: job.connections,
    duration,
    timeout: 30,
    requests: job.bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
  });
}

process.on('message', async (job: LoadJob | { id: number; type: 'stop' }) => {
  if ('type' in job) process.exit(0);
  try {
    if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
    const result = await run(job, job.durationSeconds);
    // No answer within the run: no latency to report (autocannon would say 0 ms).
    const answered = result.requests.total > 0;
    const summary: LoadResult = {
      requestsPerSecond: result.requests.total / result.duration,
      p50Ms: answered ? result.latency.p50 : null,
      p99Ms: answered ? result.latency.p99 : null,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
    };
    process.send?.({ id: job.id, result: summary });
  } catch (error) {
    process.send?.({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
process.send?.({ type: 'ready' });
