import autocannon, { type RawResult } from 'autocannon';

/** What the benchmark reports of a cell's load: throughput, latency percentiles, errors. */
export interface LoadResult {
  requestsPerSecond: number;
  /** Null when no request was answered within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  requests: number;
  errors: number;
}

/** Figures of one or more runs: requests/s over their summed durations, percentiles of their added histograms. */
export function summarize(slices: RawResult[]): LoadResult {
  // aggregateResult validates its options as for a run and wants a URL; merging does not use it.
  const merged = autocannon.aggregateResult(slices, { url: 'http://localhost/' });
  const seconds = slices.reduce((sum, slice) => sum + slice.duration, 0);
  const requests = slices.reduce((sum, slice) => sum + slice.totalCompletedRequests, 0);
  // No answer within the runs: no latency to report (autocannon would say 0 ms).
  const answered = requests > 0;
  return {
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50Ms: answered ? merged.latency.p50 : null,
    p99Ms: answered ? merged.latency.p99 : null,
    requests,
    errors: slices.reduce((sum, slice) => sum + slice.errors + slice.timeouts + slice.non2xx, 0),
  };
}

