import { describe, expect, it } from 'vitest';
import { summarize, type LoadSlice } from '../../bench/load/summarize.js';
import { rotate } from '../../bench/harness.js';

const slice = (seconds: number, latenciesMs: number[], errors = 0): LoadSlice => ({ seconds, latenciesMs, errors, openedAtSeconds: 0 });

describe('summarize (the figures of a benchmark cell from its slices)', () => {
  it('divides the answered requests by the summed window lengths', () => {
    const figures = summarize([slice(4, Array(300).fill(10)), slice(4, Array(100).fill(30))]);
    expect(figures.requests).toBe(400);
    expect(figures.requestsPerSecond).toBe(50);
  });

  it('takes the percentiles over the latencies of every slice together (nearest rank)', () => {
    // 1..100 ms split unevenly over three slices: the median is 50 and the 99th percentile 99,
    // which no single slice has.
    const all = Array.from({ length: 100 }, (_, i) => i + 1);
    const figures = summarize([slice(1, all.filter((n) => n % 3 === 0)), slice(1, all.filter((n) => n % 3 === 1)), slice(1, all.filter((n) => n % 3 === 2))]);
    expect([figures.p50Ms, figures.p99Ms]).toEqual([50, 99]);
  });

  it('sums the errors of the slices', () => {
    expect(summarize([slice(1, [5], 2), slice(1, [5], 3)]).errors).toBe(5);
  });

  it('reports no latency when nothing was answered', () => {
    expect(summarize([slice(4, [], 7)])).toEqual({ requestsPerSecond: 0, p50Ms: null, p99Ms: null, requests: 0, errors: 7 });
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
