// Only what bench/load/worker.ts uses of autocannon 8 (it ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    /** Seconds; the run stops at the first sample after it. */
    duration?: number;
    /** Milliseconds between samples. */
    sampleInt?: number;
    timeout?: number;
    requests?: { method?: string; path?: string; body?: string; headers?: Record<string, string> }[];
  }
  interface Run extends PromiseLike<unknown> {
    /** Every answer: the client, its HTTP status, its size and its latency in milliseconds. */
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): this;
    /** A request that failed or timed out. */
    on(event: 'reqError', listener: (error: Error) => void): this;
    /** Ends the run at its next sample. */
    stop(): void;
  }
  function autocannon(options: Options): Run;
  export default autocannon;
}
