import { describe, expect, it } from 'vitest';
import { ProcessBookmarks } from '../../src/db/process-bookmarks.js';

/** Bookmarks after a first transaction that ended with `b1`. */
function holdingB1(): ProcessBookmarks {
  const bookmarks = new ProcessBookmarks();
  bookmarks.update([], ['b1']);
  return bookmarks;
}

describe('ProcessBookmarks', () => {
  it('starts empty and holds what the first transaction ended with', () => {
    expect(new ProcessBookmarks().get()).toEqual([]);
    expect(holdingB1().get()).toEqual(['b1']);
  });

  it('replaces the bookmarks a transaction started from with the one it ended with', () => {
    const bookmarks = holdingB1();
    bookmarks.update(bookmarks.get(), ['b2']);
    expect(bookmarks.get()).toEqual(['b2']);
  });

  it('keeps side by side what concurrent transactions ended with', () => {
    const bookmarks = holdingB1();
    const started = bookmarks.get();
    bookmarks.update(started, ['b2']);
    bookmarks.update(started, ['b3']);
    expect(bookmarks.get()).toEqual(['b2', 'b3']);
  });

  it('is left as it is by a transaction that ended where it started, or returned nothing', () => {
    const bookmarks = holdingB1();
    const held = bookmarks.get();
    bookmarks.update(held, ['b1']);
    bookmarks.update(held, []);
    expect(bookmarks.get()).toBe(held);
  });

  it('does not take back a bookmark a later transaction has already replaced', () => {
    const bookmarks = holdingB1();
    const started = bookmarks.get();
    bookmarks.update(started, ['b2']);
    // A read that began at b1 and ended at b1 brings nothing newer than b2.
    bookmarks.update(started, ['b1']);
    expect(bookmarks.get()).toEqual(['b2']);
  });

  it('never changes an array it has handed out', () => {
    const bookmarks = holdingB1();
    const handedOut = bookmarks.get();
    bookmarks.update(handedOut, ['b2']);
    expect(handedOut).toEqual(['b1']);
  });
});
