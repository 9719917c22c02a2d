import { describe, expect, it } from 'vitest';
import { computeChange, pctChange, periodsBetween, shiftPeriod, type MonthData } from '../../src/analysis/maths/change.js';

const may: MonthData = {
  period: '2025-05', quantityTonnes: 1238.47, quantityReportId: 'smm-may',
  reports: [
    { id: 'smm-may', sourceId: 'smm', quantityTonnes: 1238.47, basis: 'REPORTED' },
    { id: 'reuters-may', sourceId: 'reuters', quantityTonnes: 1238, basis: 'REPORTED' },
  ],
};
const june: MonthData = {
  period: '2025-06', quantityTonnes: 3188, quantityReportId: 'reuters-june',
  reports: [{ id: 'reuters-june', sourceId: 'reuters', quantityTonnes: 3188, basis: 'REPORTED' }],
};

describe('computed changes', () => {
  it('pctChange: (3188 − 1238) / 1238 = 157.51 % rounds to 157.5; (3188 − 1238.47) / 1238.47 = 157.41 % to 157.4', () => {
    expect(pctChange(1238, 3188)).toBe(157.5);
    expect(pctChange(1238.47, 3188)).toBe(157.4);
    expect(pctChange(100, 50)).toBe(-50);
  });

  it('pctChange is null without both months or from zero (never interpolated)', () => {
    expect(pctChange(null, 3188)).toBeNull();
    expect(pctChange(0, 4719)).toBeNull();
  });

  it('like-for-like: the source reporting both months gives the pair', () => {
    const change = computeChange(may, june)!;
    expect(change).toMatchObject({ pct: 157.5, rule: 'LIKE_FOR_LIKE', fromReportId: 'reuters-may', toReportId: 'reuters-june', fromTonnes: 1238, toTonnes: 3188 });
  });

  it('without a shared source, the preferred values: 1238.47 → 3188 = 157.4', () => {
    const other = { ...june, reports: [{ id: 'x-june', sourceId: 'x', quantityTonnes: 3188, basis: 'REPORTED' }] };
    expect(computeChange(may, other)).toMatchObject({ pct: 157.4, rule: 'PREFERRED_VALUES', fromReportId: 'smm-may', toReportId: 'reuters-june' });
  });

  it('a DERIVED report never forms a like-for-like pair', () => {
    const derivedMay: MonthData = { period: '2025-05', quantityTonnes: 46, quantityReportId: 'r46', reports: [
      { id: 'r46', sourceId: 'reuters-pk', quantityTonnes: 46, basis: 'REPORTED' },
      { id: 'd46', sourceId: 'seed', quantityTonnes: 46.4, basis: 'DERIVED' },
    ] };
    const seedJune: MonthData = { period: '2025-06', quantityTonnes: 352.8, quantityReportId: 's352', reports: [{ id: 's352', sourceId: 'seed', quantityTonnes: 352.8, basis: 'REPORTED' }] };
    // (352.8 − 46) / 46 = 666.96 % → 667
    expect(computeChange(derivedMay, seedJune)).toMatchObject({ pct: 667, rule: 'PREFERRED_VALUES', fromReportId: 'r46' });
  });

  it('null when the other month is missing', () => {
    expect(computeChange(undefined, june)).toBeNull();
  });

  it('months: shifting across years and ranges', () => {
    expect(shiftPeriod('2025-01', -1)).toBe('2024-12');
    expect(shiftPeriod('2025-06', -12)).toBe('2024-06');
    expect(periodsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
