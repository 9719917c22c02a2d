import { describe, expect, it } from 'vitest';
import { formatHs, mapComtradeRow } from '../../src/ingest/comtrade-rows.js';

const lookups = {
  productIdByHs: (digits: string) => ({ '850511': 'product:rare-earth-permanent-magnet', '2846': 'product:rare-earth-compounds' } as Record<string, string>)[digits],
  countryExists: (iso3: string) => ['CHN', 'USA', 'WLD'].includes(iso3),
};
const source = { id: 'source:comtrade-abc', key: 'comtrade-abc' };
const row = (over: Record<string, string> = {}) => ({ freqCode: 'M', period: '202506', reporterISO: 'CHN', partnerISO: 'USA', flowCode: 'X', cmdCode: '850511', netWgt: '352800', primaryValue: '20000000', ...over });

describe('mapComtradeRow', () => {
  it('maps an export row: reporter exports to partner, kg to tonnes', () => {
    const mapped = mapComtradeRow(row(), lookups, source);
    expect(mapped).toMatchObject({
      ok: true,
      flow: { id: 'flow:CHN-USA-rare-earth-permanent-magnet-2025-06', period: '2025-06', hsCode: '8505.11' },
      report: { id: 'report:CHN-USA-rare-earth-permanent-magnet-2025-06:comtrade-abc:CHN-X', quantityTonnes: 352.8, valueUsd: 20000000, sourceId: 'source:comtrade-abc' },
    });
  });

  it('maps an import row: the partner is the exporter; World is WLD', () => {
    expect(mapComtradeRow(row({ reporterISO: 'USA', partnerISO: 'CHN', flowCode: 'M' }), lookups, source)).toMatchObject({ ok: true, flow: { id: 'flow:CHN-USA-rare-earth-permanent-magnet-2025-06' } });
    expect(mapComtradeRow(row({ partnerISO: 'W00' }), lookups, source)).toMatchObject({ ok: true, flow: { importerIso3: 'WLD' } });
  });

  it('rejects breakdowns, annual data, unknown codes and bad numbers with reasons', () => {
    const reason = (over: Record<string, string>) => (mapComtradeRow(row(over), lookups, source) as { reason: string }).reason;
    expect(reason({ motCode: '1000' })).toBe('motCode: expected the total (0); breakdowns are not imported, received "1000"');
    expect(reason({ freqCode: 'A' })).toBe('freqCode: expected M (monthly data), received "A"');
    expect(reason({ cmdCode: '850520' })).toBe('cmdCode: no product has the HS code 8505.20 (received "850520")');
    expect(reason({ netWgt: 'NaN', primaryValue: '' })).toBe('netWgt: expected a finite number, received "NaN"');
    expect(reason({ netWgt: '', primaryValue: '' })).toBe('netWgt: expected a net weight in kg (or a primaryValue), received nothing');
    expect(reason({ partnerISO: 'CHN' })).toBe('partnerISO: expected a partner other than the reporter, received "CHN"');
  });

  it('formats HS codes as products store them', () => {
    expect(formatHs('850511')).toBe('8505.11');
    expect(formatHs('2846')).toBe('2846');
  });
});
