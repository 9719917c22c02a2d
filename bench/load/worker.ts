/**
 * The load generator, in its own process (forked once by the harness): each job warms the
 * contestant up, then loads it with autocannon at a fixed concurrency for a fixed duration,
 * cycling through the job's request bodies, and sends back the figures. A cell of the benchmark
 * can be measured in several slices (rounds, contestants in turns); `merge` adds the slices'
 * latency histograms and counts into the cell's figures.
 */
import autocannon, { type RawResult } from 'autocannon';
import { summarize, type LoadResult } from './summarize.js';

export type { LoadResult };

export interface LoadJob {
  id: number;
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** One measured run: its own figures, and the raw result (encoded histograms) to merge with others. */
export interface LoadSlice extends LoadResult {
  raw: RawResult;
}

export type LoadRequest = LoadJob | { id: number; type: 'merge'; slices: RawResult[] } | { id: number; type: 'stop' };

// Samples every 100 ms (autocannon's default is 1 s): a run stops at the first sample after its
// duration, so short slices end on time.
const SAMPLE_MS = 100;

async function run(job: LoadJob, duration: number): Promise<RawResult> {
  return autocannon({
    url: job.url,
    connections: job.connections,
    duration,
    sampleInt: SAMPLE_MS,
    timeout: 30,
    skipAggregateResult: true,
    requests: job.bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
  });
}

process.on('message', async (request: LoadRequest) => {
  try {
    if ('type' in request) {
      if (request.type === 'stop') process.exit(0);
      process.send?.({ id: request.id, result: summarize(request.slices) });
      return;
    }
    if (request.warmupSeconds > 0) await run(request, request.warmupSeconds);
    const raw = await run(request, request.durationSeconds);
    const slice: LoadSlice = { ...summarize([raw]), raw };
    process.send?.({ id: request.id, result: slice });
  } catch (error) {
    process.send?.({ id: request.id, error: (error as Error).stack ?? String(error) });
  }
});
process.send?.({ type: 'ready' });
