import type { BenchReport } from './harness.js';

export interface TargetCheck {
  target: string;
  operation: string;
  concurrency?: number;
  value: number;
  limit: number;
  met: boolean;
}

/** NaN (never met) when either side has no figure: a run in which nothing was answered proves nothing. */
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? Number.NaN : a / b);
/** For display only: a target is met or missed on the unrounded ratio (1.001 is worse than 1). */
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The targets that one run can check: ≥ 1.5× the reference's requests/s and a p99 no worse
 * (nested lists and the connection), within 1.2× of the floor's p50 (analysis fields), and round
 * trips within the nesting depth. Growth from ×1 to ×100 needs two runs: see growth.ts.
 */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const op of report.operations) {
    const ours = op.contestants.ours;
    if (!ours || !op.sameResults) continue;
    checks.push({ target: 'round trips ≤ depth', operation: op.name, value: ours.roundTrips, limit: op.maxRoundTrips, met: ours.roundTrips <= op.maxRoundTrips });
    for (const run of ours.runs) {
      const reference = op.contestants.reference?.runs.find((r) => r.concurrency === run.concurrency);
      const floor = op.contestants.floor?.runs.find((r) => r.concurrency === run.concurrency);
      if (op.targets.includes('vsReference') && reference) {
        const rps = ratio(run.requestsPerSecond, reference.requestsPerSecond);
        checks.push({ target: 'req/s ≥ 1.5× reference', operation: op.name, concurrency: run.concurrency, value: round(rps), limit: 1.5, met: rps >= 1.5 });
        const p99 = ratio(run.p99Ms, reference.p99Ms);
        checks.push({ target: 'p99 ≤ reference p99', operation: op.name, concurrency: run.concurrency, value: round(p99), limit: 1, met: p99 <= 1 });
      }
      if (op.targets.includes('vsFloor') && floor) {
        const p50 = ratio(run.p50Ms, floor.p50Ms);
        checks.push({ target: 'p50 ≤ 1.2× floor', operation: op.name, concurrency: run.concurrency, value: round(p50), limit: 1.2, met: p50 <= 1.2 });
      }
    }
  }
  return checks;
}
