/** What the benchmark reports of a cell's load: throughput, latency percentiles, errors. */
export interface LoadResult {
  requestsPerSecond: number;
  /** Null when no request was answered within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  requests: number;
  errors: number;
  /** CPU ms per answered request of each process followed (LoadSlice.cpuSeconds), when every window had them. */
  cpuMsPerRequest?: Record<string, number>;
}

/** One measured window of load: the requests answered in it (their latencies), the errors, its length. */
export interface LoadSlice {
  seconds: number;
  latenciesMs: number[];
  errors: number;
  /** When the window opened, in seconds after the run started (NaN if it never did). */
  openedAtSeconds: number;
  /** CPU seconds each followed process (by name) used in the window; absent when none was followed. */
  cpuSeconds?: Record<string, number>;
}

/**
 * The figures of one or more windows: requests/s over their summed lengths, and the percentiles
 * (nearest rank) over every latency of every window.
 */
export function summarize(slices: LoadSlice[]): LoadResult {
  const latencies = slices.flatMap((slice) => slice.latenciesMs).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const percentile = (p: number) => (latencies.length === 0 ? null : latencies[Math.max(0, Math.ceil((p / 100) * latencies.length) - 1)]);
  const cpuMsPerRequest = cpuOf(slices, latencies.length);
  return {
    requestsPerSecond: seconds > 0 ? latencies.length / seconds : 0,
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    requests: latencies.length,
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    ...(cpuMsPerRequest && { cpuMsPerRequest }),
  };
}

/** CPU ms per request of each process over the windows, or undefined unless every window followed them. */
function cpuOf(slices: LoadSlice[], requests: number): Record<string, number> | undefined {
  if (requests === 0 || slices.length === 0 || slices.some((slice) => !slice.cpuSeconds)) return undefined;
  const names = Object.keys(slices[0].cpuSeconds!);
  return Object.fromEntries(names.map((name) => [name, (slices.reduce((sum, slice) => sum + (slice.cpuSeconds![name] ?? Number.NaN), 0) * 1000) / requests]));
}
