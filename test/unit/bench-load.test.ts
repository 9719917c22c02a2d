import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon, { type RawResult } from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../bench/load/summarize.js';
import { rotate } from '../../bench/harness.js';

// A local HTTP server that answers after `delay` ms (from the query string), so that two runs have
// clearly different latencies.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const delay = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('delay'));
    setTimeout(() => response.end('ok'), delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const slice = (delay: number): Promise<RawResult> =>
  autocannon({ url: `${base}?delay=${delay}`, connections: 2, duration: 0.5, sampleInt: 100, skipAggregateResult: true });

describe('summarize (merging the slices of a benchmark cell)', () => {
  it('sums the requests, divides by the summed durations and takes percentiles over every slice', async () => {
    const [fast, slow] = [await slice(1), await slice(20)];
    const merged = summarize([fast, slow]);
    expect(merged.requests).toBe(fast.totalCompletedRequests + slow.totalCompletedRequests);
    expect(merged.requestsPerSecond).toBeCloseTo(merged.requests / (fast.duration + slow.duration), 6);
    // The fast slice has more requests, so the merged median is a fast one; the 99th percentile a slow one.
    expect(fast.totalCompletedRequests).toBeGreaterThan(slow.totalCompletedRequests);
    expect(merged.p50Ms).toBeLessThan(20);
    expect(merged.p99Ms).toBeGreaterThanOrEqual(20);
    expect(merged.errors).toBe(0);
  });

  it('reports no latency when nothing was answered', async () => {
    const silent = { ...(await slice(1)), totalCompletedRequests: 0 };
    expect(summarize([silent])).toMatchObject({ requests: 0, requestsPerSecond: 0, p50Ms: null, p99Ms: null });
  });
});

describe('rotate (who goes first in each round)', () => {
  it('starts each round one contestant later, wrapping around', () => {
    const names = ['ours', 'reference', 'floor'];
    expect([0, 1, 2, 3].map((round) => rotate(names, round))).toEqual([
      ['ours', 'reference', 'floor'],
      ['reference', 'floor', 'ours'],
      ['floor', 'ours', 'reference'],
      ['ours', 'reference', 'floor'],
    ]);
  });
});
