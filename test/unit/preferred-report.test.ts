import { describe, expect, it } from 'vitest';
import { choosePreferred, decimalPlaces, type ReportForChoice } from '../../src/seed/preferred-report.js';

const report = (overrides: Partial<ReportForChoice> & { id: string }): ReportForChoice => ({
  basis: 'REPORTED', confidence: 'HIGH', quantityTonnes: 1, publishedOn: '2025-07-20', ...overrides,
});

describe('choosePreferred', () => {
  it('prefers the more precise of two equally confident reports (352.8 t over 353 t)', () => {
    const choice = choosePreferred([
      report({ id: 'report:reuters', quantityTonnes: 353, publishedOn: '2025-07-20' }),
      report({ id: 'report:seed', quantityTonnes: 352.8, publishedOn: '2025-07-22' }),
    ]);
    expect(choice.quantityReportId).toBe('report:seed');
    expect(choice.quantityTonnes).toBe(352.8);
    expect(choice.reportsDisagree).toBe(true);
    expect(choice.reason).toContain('more precise');
  });

  it('prefers a reported figure to a derived one even when the derived one is more precise', () => {
    const choice = choosePreferred([
      report({ id: 'report:derived', basis: 'DERIVED', quantityTonnes: 46.4, confidence: 'LOW' }),
      report({ id: 'report:reuters', quantityTonnes: 46 }),
    ]);
    expect(choice.quantityReportId).toBe('report:reuters');
    expect(choice.reason).toContain('reported figure is preferred');
  });

  it('prefers higher confidence before precision', () => {
    const choice = choosePreferred([
      report({ id: 'a', quantityTonnes: 764.25, confidence: 'LOW' }),
      report({ id: 'b', quantityTonnes: 764, confidence: 'MEDIUM' }),
    ]);
    expect(choice.quantityReportId).toBe('b');
  });

  it('takes the value from the best report that states one, even when another gives the quantity', () => {
    const choice = choosePreferred([
      report({ id: 'smm', quantityTonnes: 1238.47 }),
      report({ id: 'bloomberg', quantityTonnes: 1238, valueUsd: 60_000_000 }),
    ]);
    expect(choice.quantityReportId).toBe('smm');
    expect(choice.valueReportId).toBe('bloomberg');
    expect(choice.valueUsd).toBe(60_000_000);
  });

  it('says so when there is only one report and flags no disagreement', () => {
    const choice = choosePreferred([report({ id: 'only', quantityTonnes: 5 })]);
    expect(choice.reason).toBe('the only report of this flow');
    expect(choice.reportsDisagree).toBe(false);
  });

  it('breaks full ties by report id, so the choice is stable', () => {
    const reports = [report({ id: 'b' }), report({ id: 'a' })];
    expect(choosePreferred(reports).quantityReportId).toBe('a');
    expect(choosePreferred([...reports].reverse()).quantityReportId).toBe('a');
  });
});

describe('decimalPlaces', () => {
  it('counts the digits after the decimal point', () => {
    expect(decimalPlaces(353)).toBe(0);
    expect(decimalPlaces(352.8)).toBe(1);
    expect(decimalPlaces(1238.47)).toBe(2);
  });
});
