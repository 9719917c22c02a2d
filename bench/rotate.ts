/**
 * The list started at `round` (modulo its length): who goes first changes every round. Used by
 * npm run bench:cpu, where the contestants share one process; npm run bench keeps one order (see
 * BenchOptions.rounds in harness.ts).
 */
export function rotate<T>(items: T[], round: number): T[] {
  const start = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}
