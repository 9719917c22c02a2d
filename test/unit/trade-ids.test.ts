import { describe, expect, it } from 'vitest';
import { tradeIds } from '../../src/curation/trade-ids.js';
import { mapTradeRow } from '../../src/seed/trade-rows.js';

describe('tradeIds', () => {
  it('gives the same flow and report ids as the CSV row mapping, so API and import agree', () => {
    for (const basis of ['REPORTED', 'DERIVED'] as const) {
      const mapped = mapTradeRow(
        { exporter_iso3: 'CHN', importer_iso3: 'USA', product: 'magnets', period: '2025-06', quantity_tonnes: '353', source_url: 'https://example.org/a', basis },
        { productId: () => 'product:rare-earth-permanent-magnet', countryExists: () => true, sourceId: () => 'source:reuters-x' },
      );
      if (!mapped.ok) throw new Error(mapped.reason);
      expect(tradeIds('CHN', 'USA', 'product:rare-earth-permanent-magnet', '2025-06', 'source:reuters-x', basis)).toEqual({
        flowId: mapped.flow.id, flowName: mapped.flow.name, reportId: mapped.report.id,
      });
    }
  });
});
