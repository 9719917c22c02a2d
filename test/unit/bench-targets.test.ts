import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../bench/targets.js';
import type { BenchReport, ContestantFigures } from '../../bench/harness.js';

/** One contestant's figures at c=64: only what the target checks read. */
const figures = (requestsPerSecond: number, p50Ms: number, p99Ms: number): ContestantFigures => ({
  roundTrips: 1, dbHits: 0, queriesPerRequest: 1, transactions: [],
  runs: [{ concurrency: 64, requestsPerSecond, p50Ms, p99Ms } as ContestantFigures['runs'][number]],
});

const report = (contestants: Record<string, ContestantFigures>, targets: ('vsReference' | 'vsFloor')[]) =>
  ({ operations: [{ name: 'op', title: 'op', maxRoundTrips: 1, targets, sameResults: true, contestants }] }) as unknown as BenchReport;

const check = (checks: ReturnType<typeof checkTargets>, target: string) => checks.find((c) => c.target === target)!;

describe('benchmark target checks', () => {
  it('a p99 6 ms worse than the reference\'s is missed, though its ratio shows as 1 (5,165 against 5,159 ms)', () => {
    const p99 = check(checkTargets(report({ ours: figures(37.7, 1205, 5165), reference: figures(21.5, 2101, 5159) }, ['vsReference'])), 'p99 ≤ reference p99');
    expect(p99.value).toBe(1);
    expect(p99.met).toBe(false);
  });

  it('requests/s of 1.496× the reference\'s miss 1.5×, though the ratio shows as 1.5', () => {
    const rps = check(checkTargets(report({ ours: figures(149.6, 1, 1), reference: figures(100, 1, 1) }, ['vsReference'])), 'req/s ≥ 1.5× reference');
    expect(rps.value).toBe(1.5);
    expect(rps.met).toBe(false);
  });

  it('a p50 of 1.204× the floor\'s misses 1.2×, and 1.2× exactly meets it', () => {
    const over = check(checkTargets(report({ ours: figures(1, 120.4, 1), floor: figures(1, 100, 1) }, ['vsFloor'])), 'p50 ≤ 1.2× floor');
    expect([over.value, over.met]).toEqual([1.2, false]);
    const exact = check(checkTargets(report({ ours: figures(1, 120, 1), floor: figures(1, 100, 1) }, ['vsFloor'])), 'p50 ≤ 1.2× floor');
    expect(exact.met).toBe(true);
  });
});
