import type { Child } from '../processes.js';
import type { LoadJob } from './worker.js';
import { summarize, type LoadResult, type LoadSlice } from './summarize.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// How late the load generator's window may open against this process's timers (its timer period
// and the IPC message's start).
const OPEN_TOLERANCE_SECONDS = 0.25;

/**
 * One load run on the load generator whose counted window opens after `warmupSeconds` of the same
 * load, with CPU clocks (seconds) read when the window opens and when it closes: by this process's
 * timers, which start as the load generator's do. Returns the window's figures and how far each
 * clock moved in it. Used by bench:cpu and bench:http. Throws if the load generator opened its
 * window later (it waits for every connection to be answered once): the clocks would not match it.
 */
export async function measureWindow(
  load: Child,
  job: Omit<LoadJob, 'id' | 'warmupSeconds'>,
  warmupSeconds: number,
  readClocks: () => number[],
): Promise<{ result: LoadResult; cpuSeconds: number[] }> {
  const run = load.request<LoadSlice>({ ...job, warmupSeconds });
  await sleep(warmupSeconds * 1000);
  const before = readClocks();
  await sleep(job.durationSeconds * 1000);
  const after = readClocks();
  const slice = await run;
  if (!(slice.openedAtSeconds <= warmupSeconds + OPEN_TOLERANCE_SECONDS)) {
    throw new Error(`the load window opened ${slice.openedAtSeconds.toFixed(2)} s into the run, not after the ${warmupSeconds} s warm-up (some connection was answered late): raise the warm-up`);
  }
  return { result: summarize([slice]), cpuSeconds: after.map((value, i) => value - before[i]) };
}

/** This process's user + system CPU time, in seconds. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
