import { describe, expect, it } from 'vitest';
import { compareDates, inForceOn } from '../../src/analysis/maths/in-force.js';

describe('policies in force', () => {
  const april = { effectiveOn: '2025-04-04', announcedOn: '2025-04-04', endsOn: null };
  const reExport = { effectiveOn: '2025-12-01', announcedOn: '2025-10-09' };
  const suspension = { suspendedFrom: '2025-11-07', suspendedUntil: '2026-11-10' };

  it('dates of different precision compare on their common prefix', () => {
    expect(compareDates('2025-04', '2025-04-30')).toBe(0);
    expect(compareDates('2025-04-04', '2025-04-03')).toBe(1);
    expect(compareDates('2025', '2026-01-01')).toBe(-1);
  });

  it('in force from its effective date, not before', () => {
    expect(inForceOn(april, [], '2025-04-03')).toBe(false);
    expect(inForceOn(april, [], '2025-04-04')).toBe(true);
    expect(inForceOn(april, [], '2025-12-01')).toBe(true);
  });

  it('not in force inside a suspension window, in force again after it', () => {
    expect(inForceOn(reExport, [suspension], '2025-12-01')).toBe(false);
    expect(inForceOn(reExport, [suspension], '2026-11-10')).toBe(false);
    expect(inForceOn(reExport, [suspension], '2026-11-11')).toBe(true);
  });

  it('not in force after it ends; unknown (null) when no start date is known', () => {
    expect(inForceOn({ effectiveOn: '2025-11-07', endsOn: '2026-11-10' }, [], '2026-12-01')).toBe(false);
    expect(inForceOn({ effectiveOn: null, announcedOn: null }, [], '2025-06-01')).toBeNull();
  });

  it('the announcement date stands in for a missing effective date', () => {
    expect(inForceOn({ effectiveOn: null, announcedOn: '2025-05' }, [], '2025-05-20')).toBe(true);
  });
});
