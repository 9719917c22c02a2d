import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const THREE_LEVELS = `{ countries(first: 100) { edges { node { iso3 companies(first: 100) { name facilities(first: 100) { name } } } } } }`;
const FIVE_LEVELS = `{ countries(first: 100) { edges { node { companies(first: 100) { products(first: 100) {
  product { usedBy(first: 100) { application { industries { name } } } } } } } } } }`;

describe('a nested selection under a list is one round trip', () => {
  it('countries → companies → facilities costs one round trip over many parents', async () => {
    const body = await api.query(THREE_LEVELS);
    expect(body.errors).toBeUndefined();
    const companies = body.data.countries.edges.flatMap((edge: { node: { companies: unknown[] } }) => edge.node.companies);
    // Many parents at each level, so an N+1 resolver would cost far more.
    expect(body.data.countries.edges.length).toBeGreaterThan(10);
    expect(companies.length).toBeGreaterThan(10);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('the five-level chain country → companies → products → applications → industries costs one', async () => {
    const body = await api.query(FIVE_LEVELS);
    expect(body.errors).toBeUndefined();
    const industries = body.data.countries.edges.flatMap((edge: any) => edge.node.companies.flatMap((company: any) =>
      company.products.flatMap((supply: any) => supply.product.usedBy.flatMap((use: any) => use.application.industries))));
    expect(industries.length).toBeGreaterThan(10);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('aliases, fragments and @include keep to one round trip', async () => {
    const body = await api.query(`query ($withFacilities: Boolean!) { countries(first: 50) { edges { node { ...C } } } }
      fragment C on Country { all: companies(first: 100) { name } top: companies(first: 1) { name ... on Company { facilities @include(if: $withFacilities) { name } } } }`,
    { withFacilities: true });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });
});

describe('batching: outside a list, one database round trip per level, not per parent', () => {
  it('a lookup then two levels below it costs three round trips', async () => {
    const body = await api.query(`{ country(id: "country:CHN") { companies(first: 100) { name facilities { name } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.country.companies.length).toBeGreaterThan(3);
    expect(body.extensions?.dbRoundTrips).toBe(3);
  });

  it('relation fields under an analysis field are batched per level', async () => {
    const body = await api.query(`{ search(text: "magnet", first: 10) { node { ... on Product { usedBy { application { industries { name } } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.dbRoundTrips).toBeLessThanOrEqual(3);
  });
});
