import { describe, expect, it } from 'vitest';
import { CountedWindow } from '../../bench/load/counted-window.js';

// Two connections, 2 s of warm-up, a 4 s window, connections given 30 s to be answered.
const window = () => new CountedWindow(2, 2000, 4000, 30_000);

describe('CountedWindow (which answers of a load run are counted)', () => {
  it('opens after the warm-up once every connection has been answered, and counts answers for its length', () => {
    const w = window();
    expect(w.answer('a', 500)).toBe(false);
    expect(w.answer('b', 1500)).toBe(false);
    expect(w.tick(1999)).toBe(false);
    expect(w.opensAt).toBeUndefined();
    w.tick(2000);
    expect(w.opensAt).toBe(2000);
    expect(w.answer('a', 2000)).toBe(true);
    expect(w.answer('b', 5999)).toBe(true);
    expect(w.answer('a', 6000)).toBe(false);
    expect(w.tick(6000)).toBe(true);
  });

  it('stays shut past the warm-up while a connection has not been answered, and does not count the late first answer', () => {
    const w = window();
    w.answer('a', 100);
    expect(w.tick(5000)).toBe(false);
    expect(w.opensAt).toBeUndefined();
    // The late connection's first request was sent at the start: warm-up, not counted.
    expect(w.answer('b', 7700)).toBe(false);
    expect(w.opensAt).toBe(7700);
    expect(w.answer('a', 7800)).toBe(true);
    expect(w.isOpen(11_699)).toBe(true);
    expect(w.isOpen(11_700)).toBe(false);
  });

  it('opens anyway once the connect limit after the warm-up has passed', () => {
    const w = window();
    w.answer('a', 100);
    expect(w.tick(31_999)).toBe(false);
    expect(w.opensAt).toBeUndefined();
    w.tick(32_000);
    expect(w.opensAt).toBe(32_000);
    expect(w.longestRunMs).toBe(36_000);
  });

  it('counts a connection once, however often it is answered', () => {
    const w = window();
    for (let t = 0; t < 3000; t += 100) w.answer('a', t);
    expect(w.opensAt).toBeUndefined();
  });
});
