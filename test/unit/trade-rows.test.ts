import { describe, expect, it } from 'vitest';
import { mapTradeRow, type TradeLookups } from '../../src/seed/trade-rows.js';

const lookups: TradeLookups = {
  productId: (name) => (name === 'rare earth permanent magnets (China customs magnet series)' ? 'product:rare-earth-permanent-magnet' : undefined),
  countryExists: (iso3) => ['CHN', 'USA', 'WLD'].includes(iso3),
  sourceId: () => 'source:seed',
};

const row = (overrides: Record<string, string> = {}) => ({
  exporter_iso3: 'CHN', importer_iso3: 'USA', product: 'rare earth permanent magnets (China customs magnet series)',
  hs_code: '', period: '2025-06', quantity_tonnes: '352.8', value_usd: '', source_url: 'http://news.chinatungsten.com/x.html',
  source_publisher: 'Chinatungsten Online', source_date: '2025-07-22', quote: 'up 660%', reported_mom_change_pct: '660', ...overrides,
});

describe('mapTradeRow', () => {
  it('maps a row to a flow keyed by route, product and month, and a report keyed by source', () => {
    const mapped = mapTradeRow(row(), lookups);
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.flow.id).toBe('flow:CHN-USA-rare-earth-permanent-magnet-2025-06');
    expect(mapped.report.id).toBe('report:CHN-USA-rare-earth-permanent-magnet-2025-06:seed');
    expect(mapped.report.quantityTonnes).toBe(352.8);
    expect(mapped.report.reportedMomChangePct).toBe(660);
    expect(mapped.report.basis).toBe('REPORTED');
  });

  it('keeps a derived row apart from a reported row of the same source', () => {
    const mapped = mapTradeRow(row({ basis: 'DERIVED' }), lookups);
    expect(mapped.ok && mapped.report.id).toBe('report:CHN-USA-rare-earth-permanent-magnet-2025-06:seed:derived');
  });

  it('rejects a row with every problem named: bad month, unknown country, negative quantity', () => {
    const mapped = mapTradeRow(row({ period: '2025-13', importer_iso3: 'XYZ', quantity_tonnes: '-3' }), lookups);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.reason).toContain('period: expected a month YYYY-MM, received "2025-13"');
    expect(mapped.reason).toContain('importer_iso3: no country has the ISO3 code "XYZ"');
    expect(mapped.reason).toContain('quantity_tonnes: expected a number not below 0, received "-3"');
  });

  it('rejects a row without a source URL: no number enters without a source', () => {
    const mapped = mapTradeRow(row({ source_url: '' }), lookups);
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.reason).toContain('source_url');
  });
});
