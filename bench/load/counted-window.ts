/**
 * Which answers of one load run are counted. The window opens once `warmupMs` have passed *and*
 * every connection has been answered at least once, and then lasts `windowMs`; answers outside it
 * are warm-up (or the tail after it) and are not counted.
 *
 * Why wait for every connection: Node (libuv 1.45 and later) accepts one new connection per turn
 * of its event loop, and a busy server's turns are long. When a run opens 64 connections at once,
 * the first few are accepted at once and load the server; the rest wait in the kernel's accept
 * queue, one more accepted per turn. Measured on nested5 at ×10: the last of 64 connections was
 * accepted 7.7 s after the run started. Their first requests, sent at the start, were answered
 * inside a window that opened after 2 s, with 4–6 s latencies: they were the p99 of that cell, for
 * every contestant, and a window partly run at less than its concurrency.
 *
 * If some connection is still unanswered `connectLimitMs` after the warm-up, the window opens
 * anyway (that connection's request will time out and count as an error).
 */
export class CountedWindow {
  private readonly answered = new Set<unknown>();
  /** When the window opened, in ms since the run started; undefined until then. */
  opensAt: number | undefined;

  constructor(
    private readonly connections: number,
    private readonly warmupMs: number,
    private readonly windowMs: number,
    private readonly connectLimitMs: number,
  ) {}

  /** Records an answer on `connection` at `now` (ms since the run started); true if it is counted. */
  answer(connection: unknown, now: number): boolean {
    if (this.opensAt === undefined) {
      this.answered.add(connection);
      this.tick(now);
      return false;
    }
    return this.isOpen(now);
  }

  /** Whether `now` falls inside the window (a request error then is counted). */
  isOpen(now: number): boolean {
    return this.opensAt !== undefined && now >= this.opensAt && now < this.opensAt + this.windowMs;
  }

  /** Opens the window at `now` if it is due; true once the window has closed. */
  tick(now: number): boolean {
    if (this.opensAt === undefined && now >= this.warmupMs && (this.answered.size >= this.connections || now >= this.warmupMs + this.connectLimitMs)) {
      this.opensAt = now;
    }
    return this.opensAt !== undefined && now >= this.opensAt + this.windowMs;
  }

  /** How long a run must be allowed to last for its window to close, at the latest. */
  get longestRunMs(): number {
    return this.warmupMs + this.connectLimitMs + this.windowMs;
  }
}
