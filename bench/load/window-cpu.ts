import { cpuSecondsOf } from './process-cpu.js';

/**
 * The CPU time some processes (a contestant, Neo4j, the idle contestants) use during one counted
 * window: their clocks are read when the window is seen open and again when it is seen closed
 * (by the load generator's 100 ms timer, so up to a sample late), and the difference is scaled
 * from the time between the two readings to the window's length.
 */
export class WindowCpu {
  private opened: { at: number; seconds: Record<string, number> } | undefined;
  private used: Record<string, number> | undefined;

  constructor(private readonly pids: Record<string, number>, private readonly read: (pid: number) => number = cpuSecondsOf, private readonly now: () => number = () => performance.now()) {}

  /** Called whenever the window may have opened or closed: reads the clocks on the first of each. */
  follow(open: boolean, closed: boolean): void {
    if (open && !this.opened) this.opened = { at: this.now(), seconds: this.readAll() };
    if (closed && this.opened && !this.used) {
      const seconds = this.readAll();
      const elapsedSeconds = (this.now() - this.opened.at) / 1000;
      this.used = Object.fromEntries(Object.keys(seconds).map((name) => [name, (seconds[name] - this.opened!.seconds[name]) / elapsedSeconds]));
    }
  }

  /** CPU seconds each process used over a window of `windowSeconds`; undefined if none was followed to its close. */
  secondsPer(windowSeconds: number): Record<string, number> | undefined {
    if (!this.used || Object.keys(this.used).length === 0) return undefined;
    return Object.fromEntries(Object.entries(this.used).map(([name, perSecond]) => [name, perSecond * windowSeconds]));
  }

  private readAll(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, this.read(pid)]));
  }
}
