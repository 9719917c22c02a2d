// Only what bench/load/worker.ts uses of autocannon 8 (it ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total?: number }
  interface Result {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    duration: number;
  }
  /** A run's result before aggregation (skipAggregateResult): its latencies as an encoded HDR histogram. */
  export interface RawResult {
    latencies: string;
    requests: string;
    throughput: string;
    totalCompletedRequests: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    [key: string]: unknown;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Milliseconds between samples; a run stops at the first sample after its duration. */
    sampleInt?: number;
    pipelining?: number;
    timeout?: number;
    skipAggregateResult?: boolean;
    requests?: { method?: string; path?: string; body?: string; headers?: Record<string, string> }[];
  }
  function autocannon(options: Options & { skipAggregateResult: true }): Promise<RawResult>;
  function autocannon(options: Options): Promise<Result>;
  namespace autocannon {
    /** Merges raw results: their latency histograms added, their counts summed. */
    function aggregateResult(results: RawResult[], options?: Partial<Options>): Result;
  }
  export default autocannon;
}
