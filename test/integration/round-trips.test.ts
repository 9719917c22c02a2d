import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

describe('batching: one database round trip per level, not per parent', () => {
  it('countries → companies → facilities costs at most three round trips', async () => {
    const body = await api.query(`{ countries(first: 100) { edges { node { iso3 companies(first: 100) { name facilities(first: 100) { name } } } } } }`);
    expect(body.errors).toBeUndefined();
    const companies = body.data.countries.edges.flatMap((edge: { node: { companies: unknown[] } }) => edge.node.companies);
    // Many parents at each level, so an N+1 resolver would cost far more than three.
    expect(body.data.countries.edges.length).toBeGreaterThan(10);
    expect(companies.length).toBeGreaterThan(10);
    expect(body.extensions?.dbRoundTrips).toBeLessThanOrEqual(3);
  });

  it('the five-level chain country → companies → products → applications → industries costs at most five', async () => {
    const body = await api.query(`{ countries(first: 100) { edges { node { companies(first: 100) { products(first: 100) {
      product { usedBy(first: 100) { application { industries { name } } } } } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.dbRoundTrips).toBeLessThanOrEqual(5);
  });

  it('counts every round trip: a query that needs two levels reports two', async () => {
    const body = await api.query(`{ companies(first: 5) { edges { node { country { iso3 } } } } }`);
    expect(body.extensions?.dbRoundTrips).toBe(2);
  });
});
