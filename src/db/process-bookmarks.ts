/**
 * The newest bookmarks this process holds: every transaction starts from them and hands back the
 * bookmark it ended with, so a read that follows a write sees it, and a read never sees an older
 * graph than one before it, also on a cluster. The same rule as the driver's `bookmarkManager()`
 * (a transaction's bookmarks replace the ones it started from; concurrent ones are kept side by
 * side), kept synchronous: the driver's manager is asked twice per transaction and told once, each
 * through a down-levelled async generator, about 20 µs per request in a CPU profile of the
 * benchmark's page of companies (README, Performance), and a read usually ends with the very
 * bookmark it started from.
 */
export class ProcessBookmarks {
  private current: readonly string[] = [];

  /** What a transaction starting now must see (the array is replaced, never changed, so it can be handed out). */
  get(): readonly string[] {
    return this.current;
  }

  /** After a committed transaction: `started` is what it was given by get(), `ended` what the driver returned. */
  update(started: readonly string[], ended: readonly string[]): void {
    // A read over an unchanged graph ends where it started: nothing to do.
    if (ended.length === 0 || sameBookmarks(started, ended)) return;
    const kept = this.current.filter((bookmark) => !started.includes(bookmark) && !ended.includes(bookmark));
    this.current = [...kept, ...ended];
  }
}

const sameBookmarks = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((bookmark, i) => bookmark === b[i]);
