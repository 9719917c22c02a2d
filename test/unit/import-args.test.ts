import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../src/cli/import-args.js';
import { isCalendarDate, isMonth } from '../../src/curation/validators.js';

describe('parseImportArgs', () => {
  it('reads kind, file and options', () => {
    expect(parseImportArgs(['comtrade', 'a.csv', '--strict', '--batch-size', '500'])).toEqual({ kind: 'comtrade', file: 'a.csv', strict: true, dryRun: false, batchSize: 500 });
    expect(parseImportArgs(['--dry-run', 'flows', 'b.csv'])).toMatchObject({ kind: 'flows', file: 'b.csv', dryRun: true });
  });

  it('says what was expected and what it received', () => {
    expect(parseImportArgs(['xml', 'a.csv'])).toEqual({ error: 'kind: expected flows or comtrade, received "xml"' });
    expect(parseImportArgs(['flows', 'a.csv', '--batch-size', '0'])).toEqual({ error: '--batch-size: expected an integer from 1 to 20000, received "0"' });
    expect(parseImportArgs(['flows'])).toEqual({ error: 'expected a kind and a file' });
    expect(parseImportArgs(['flows', 'a.csv', '--force'])).toEqual({ error: 'unknown option "--force"' });
  });
});

describe('curation validators', () => {
  it('accepts real months and dates only', () => {
    expect(isMonth('2025-06')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-6')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-04')).toBe(true);
    expect(isCalendarDate('2025-04-31')).toBe(false);
  });
});
