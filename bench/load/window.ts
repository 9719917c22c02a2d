import type { Child } from '../processes.js';
import type { LoadJob } from './worker.js';
import { summarize, type LoadResult, type LoadSlice } from './summarize.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One load run on the load generator whose counted window opens after `warmupSeconds` of the same
 * load, with CPU clocks (seconds) read when the window opens and when it closes: by this process's
 * timers, which start as the load generator's do. Returns the window's figures and how far each
 * clock moved in it. Used by bench:cpu and bench:http.
 */
export async function measureWindow(
  load: Child,
  job: Omit<LoadJob, 'id' | 'warmupSeconds' | 'waitForConnections'>,
  warmupSeconds: number,
  readClocks: () => number[],
): Promise<{ result: LoadResult; cpuSeconds: number[] }> {
  const run = load.request<LoadSlice>({ ...job, warmupSeconds, waitForConnections: false });
  await sleep(warmupSeconds * 1000);
  const before = readClocks();
  await sleep(job.durationSeconds * 1000);
  const after = readClocks();
  return { result: summarize([await run]), cpuSeconds: after.map((value, i) => value - before[i]) };
}

/** This process's user + system CPU time, in seconds. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
