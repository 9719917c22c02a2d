import { describe, expect, it } from 'vitest';
import { summarize, type LoadSlice } from '../../bench/load/summarize.js';
import { rotate } from '../../bench/rotate.js';
import { sliceSchedule } from '../../bench/slice-schedule.js';
import { WindowCpu } from '../../bench/load/window-cpu.js';

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

describe('summarize: CPU per request', () => {
  const withCpu = (seconds: number, requests: number, cpuSeconds?: Record<string, number>): LoadSlice => ({ ...slice(seconds, Array(requests).fill(10)), cpuSeconds });

  it("divides each process's CPU seconds over the windows by the requests answered in them", () => {
    const figures = summarize([withCpu(4, 300, { ours: 1.5, neo4j: 0.5 }), withCpu(4, 100, { ours: 0.5, neo4j: 0.3 })]);
    expect(figures.cpuMsPerRequest).toEqual({ ours: 5, neo4j: 2 });
  });

  it('reports no CPU unless every window followed it', () => {
    expect(summarize([withCpu(4, 300, { ours: 1.5 }), withCpu(4, 100)]).cpuMsPerRequest).toBeUndefined();
    expect(summarize([withCpu(4, 0, { ours: 1.5 })]).cpuMsPerRequest).toBeUndefined();
  });
});

describe('WindowCpu (CPU time of processes over one counted window)', () => {
  /** A fake clock and CPU readings: each pid's CPU seconds and the time in ms, set by the test. */
  const fake = () => {
    const state = { ms: 0, cpu: new Map<number, number>() };
    const window = new WindowCpu({ ours: 1, neo4j: 2 }, (pid) => state.cpu.get(pid) ?? 0, () => state.ms);
    return { state, window };
  };

  it('reads the clocks when the window is first seen open and closed, scaled to the window length', () => {
    const { state, window } = fake();
    state.cpu.set(1, 10).set(2, 3);
    window.follow(false, false);
    state.ms = 1000;
    window.follow(true, false);
    state.cpu.set(1, 11).set(2, 3.5);
    state.ms = 1500;
    window.follow(true, false); // still open: the first reading stands
    state.cpu.set(1, 12.2).set(2, 3.55);
    state.ms = 3200; // seen closed 2.2 s after it was seen open, for a 2 s window
    window.follow(true, true);
    state.cpu.set(1, 99);
    window.follow(true, true); // already closed: nothing changes
    const used = window.secondsPer(2)!;
    expect(used.ours).toBeCloseTo(2, 10);
    expect(used.neo4j).toBeCloseTo(0.5, 10);
  });

  it('has nothing to say of a window never seen closed', () => {
    const { window } = fake();
    window.follow(true, false);
    expect(window.secondsPer(2)).toBeUndefined();
  });
});

describe('sliceSchedule (the timed slices of one operation, in order)', () => {
  const options = { concurrencies: [16, 64], rounds: 2, warmupSeconds: 2, prewarmSeconds: 8 };

  it('runs every round of one concurrency before the next, the contestants in the same order every round', () => {
    const order = sliceSchedule(['ours', 'reference', 'floor'], options).map((s) => `${s.concurrency}/${s.round}/${s.name}`);
    expect(order).toEqual([
      '16/0/ours', '16/0/reference', '16/0/floor',
      '16/1/ours', '16/1/reference', '16/1/floor',
      '64/0/ours', '64/0/reference', '64/0/floor',
      '64/1/ours', '64/1/reference', '64/1/floor',
    ]);
  });

  it("adds the prewarm to each contestant's first slice of the operation, and only to it", () => {
    const warmups = sliceSchedule(['ours', 'reference'], options).map((s) => s.warmupSeconds);
    expect(warmups).toEqual([10, 10, 2, 2, 2, 2, 2, 2]);
  });
});
