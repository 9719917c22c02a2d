/** One timed slice of an operation: whose, at which concurrency and round, after how much uncounted load. */
export interface ScheduledSlice<Name> {
  name: Name;
  concurrency: number;
  round: number;
  /** Seconds of the same load before the slice's window, in the same autocannon run. */
  warmupSeconds: number;
}

export interface ScheduleOptions {
  concurrencies: number[];
  rounds: number;
  warmupSeconds: number;
  prewarmSeconds: number;
}

/**
 * The slices of one operation, in the order they run: per concurrency, `rounds` rounds, the
 * contestants in the same order every round. A contestant's first slice of the operation also
 * carries the operation's prewarm, in the same run, so no contestant waits between its prewarm and
 * its first slice. With every contestant prewarmed first, one after another, the first of them
 * waited through all the others' prewarms (about 25 s with four on the connection) and the last
 * not at all.
 */
export function sliceSchedule<Name>(names: Name[], options: ScheduleOptions): ScheduledSlice<Name>[] {
  const schedule: ScheduledSlice<Name>[] = [];
  options.concurrencies.forEach((concurrency, concurrencyIndex) => {
    for (let round = 0; round < options.rounds; round++) {
      const first = concurrencyIndex === 0 && round === 0;
      const warmupSeconds = options.warmupSeconds + (first ? options.prewarmSeconds : 0);
      for (const name of names) schedule.push({ name, concurrency, round, warmupSeconds });
    }
  });
  return schedule;
}
