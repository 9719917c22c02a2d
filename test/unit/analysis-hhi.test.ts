import { describe, expect, it } from 'vitest';
import { concentration } from '../../src/analysis/maths/hhi.js';

describe('concentration and HHI', () => {
  it('shares of a reported world total and the HHI by hand', () => {
    // 60/100 = 60 %, 30/100 = 30 %, residual 10 %: HHI = 60² + 30² = 4,500; upper bound + 10² = 4,600.
    const result = concentration([
      { countryId: 'b', quantity: 30, residual: false },
      { countryId: 'a', quantity: 60, residual: false },
      { countryId: 'other', quantity: 10, residual: true },
    ], 100)!;
    expect(result.shares.map((share) => [share.countryId, share.sharePct])).toEqual([['a', 60], ['b', 30], ['other', 10]]);
    expect(result.hhi).toBe(4500);
    expect(result.hhiUpperBound).toBe(4600);
    expect(result.worldTotalBasis).toBe('REPORTED_WORLD');
  });

  it('without a world figure the denominator is the sum of the countries', () => {
    const result = concentration([{ countryId: 'a', quantity: 1, residual: false }, { countryId: 'b', quantity: 3, residual: false }], null)!;
    // 25 % and 75 %: 625 + 5,625 = 6,250
    expect(result.hhi).toBe(6250);
    expect(result.worldTotalBasis).toBe('SUM_OF_COUNTRIES');
  });

  it('no data, no index', () => {
    expect(concentration([], null)).toBeNull();
  });
});
