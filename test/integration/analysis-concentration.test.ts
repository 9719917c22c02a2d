import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const QUERY = `query ($of: ID!, $year: Int) { concentration(of: $of, stage: "MINING", year: $year) {
  year worldTotalTonnes worldTotalBasis hhi hhiUpperBound worldSources { id }
  shares { country { id } quantityTonnes sharePct residual sources { id } } } }`;

describe('concentration', () => {
  it('2024 mine production: China 270,000 of 390,000 t = 69.23 %; the HHI recomputes from the input figures; one round trip', async () => {
    const body = await api.query(QUERY, { of: 'product:rare-earth-concentrate', year: 2024 });
    expect(body.errors).toBeUndefined();
    const result = body.data.concentration;
    expect(result).toMatchObject({ year: 2024, worldTotalTonnes: 390000, worldTotalBasis: 'REPORTED_WORLD' });
    expect(result.shares[0]).toMatchObject({ country: { id: 'country:CHN' }, quantityTonnes: 270000, sharePct: 69.23 });
    expect(result.shares[0].sources.map((source: any) => source.id)).toContain('source:usgs-mcs2025-rare-earths');
    const squares = (list: any[]) => list.reduce((sum, share) => sum + ((share.quantityTonnes / result.worldTotalTonnes) * 100) ** 2, 0);
    expect(result.hhi).toBeCloseTo(squares(result.shares.filter((share: any) => !share.residual)), 1);
    expect(result.hhiUpperBound).toBeCloseTo(squares(result.shares), 1);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('a year with no data gives no shares; an unknown id is NOT_FOUND', async () => {
    const empty = await api.query(QUERY, { of: 'product:rare-earth-concentrate', year: 1990 });
    expect(empty.errors).toBeUndefined();
    expect(empty.data.concentration).toMatchObject({ year: null, shares: [], hhi: null });
    expect((await api.query(QUERY, { of: 'product:nope' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
