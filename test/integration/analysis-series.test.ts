import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const SERIES = `query ($exporter: ID!, $importer: ID!, $product: ID!, $from: String!, $to: String!) {
  tradeSeries(exporter: $exporter, importer: $importer, product: $product, from: $from, to: $to) {
    points { period quantityTonnes valueUsd momChangePct yoyChangePct
      momChange { pct basis rule fromTonnes toTonnes fromReport { id } toReport { id } }
      reportedMomChanges { pct basis report { id } } reports { id } sources { id } }
  }
}`;
const world = { exporter: 'country:CHN', importer: 'country:WLD', product: 'product:rare-earth-permanent-magnet' };

describe('tradeSeries', () => {
  it('China → world magnets, May → June 2025 computes to +157.5 % like-for-like (Reuters 1,238 → 3,188), in one round trip', async () => {
    const body = await api.query(SERIES, { ...world, from: '2025-05', to: '2025-06' });
    expect(body.errors).toBeUndefined();
    const [may, june] = body.data.tradeSeries.points;
    expect(may.quantityTonnes).toBe(1238.47);
    expect(may.reports).toHaveLength(4);
    expect(june.momChangePct).toBe(157.5);
    expect(june.momChange).toMatchObject({ pct: 157.5, basis: 'COMPUTED', rule: 'LIKE_FOR_LIKE', fromTonnes: 1238, toTonnes: 3188 });
    expect(june.momChange.fromReport.id).toMatch(/2025-05:reuters/);
    expect(june.reportedMomChanges.every((change: any) => change.basis === 'REPORTED' && change.pct === 157.5)).toBe(true);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('one point per month; a month without data has null figures and its neighbours null changes (no interpolation)', async () => {
    const body = await api.query(SERIES, { ...world, from: '2025-01', to: '2025-04' });
    const points = body.data.tradeSeries.points;
    expect(points.map((point: any) => point.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(points[1]).toMatchObject({ quantityTonnes: null, momChangePct: null, reports: [], sources: [] });
    expect(points[3].momChangePct).toBeNull();
    expect(points[3].quantityTonnes).toBe(2627);
  });

  it('year-on-year compares with the same month a year earlier', async () => {
    const body = await api.query(SERIES, { ...world, from: '2025-07', to: '2025-07' });
    // Reuters via Kitco reports both: 5,577 t (July 2025) and 5,278 t (July 2024): +5.7 %
    expect(body.data.tradeSeries.points[0].yoyChangePct).toBe(5.7);
  });

  it('unknown ids are NOT_FOUND, bad months BAD_USER_INPUT, more than 120 months LIMIT_EXCEEDED', async () => {
    expect((await api.query(SERIES, { ...world, product: 'product:nope', from: '2025-01', to: '2025-02' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.query(SERIES, { ...world, from: '2025-13', to: '2025-02' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.query(SERIES, { ...world, from: '2025-06', to: '2025-05' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.query(SERIES, { ...world, from: '2000-01', to: '2025-01' })).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
