import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

// Relationship fields with every kind of argument, a single neighbour and edge objects, three deep;
// plain properties (fetched alone) and a computed figure (its node fetched whole).
const COUNTRY_SELECTION = `id iso3
  companies(first: 5, orderBy: {field: NAME, direction: DESC}) {
    id name
    country { iso3 }
    facilities(where: {name: {contains: "a"}}) { id name capacity { value unit basis } operators { id } }
    products(first: 3) { capacity { value unit } product { id name usedBy(first: 2) { kgPerUnit { value } application { id industries { id } } } } }
  }
  policies { id restrictsProducts(first: 2, orderBy: {field: NAME}) { id } }`;

describe('a nested selection under a list, fetched in the list\'s own query', () => {
  it('returns exactly what the per-level loaders return for the same fields', async () => {
    const list = await api.query(`{ countries(first: 100) { edges { node { ${COUNTRY_SELECTION} } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.extensions?.dbRoundTrips).toBe(1);
    const fromList = list.data.countries.edges.map((edge: { node: { id: string } }) => edge.node);
    const withCompanies = fromList.filter((country: { companies: unknown[] }) => country.companies.length > 0);
    expect(withCompanies.length).toBeGreaterThan(5);

    // The same selection under lookups goes through the DataLoaders, one level at a time.
    const lookups = withCompanies.map((country: { id: string }, index: number) => `c${index}: country(id: "${country.id}") { ${COUNTRY_SELECTION} }`);
    const looked = await api.query(`{ ${lookups.join('\n')} }`);
    expect(looked.errors).toBeUndefined();
    expect(looked.extensions?.dbRoundTrips).toBeGreaterThan(1);
    expect(withCompanies).toEqual(withCompanies.map((_: unknown, index: number) => looked.data[`c${index}`]));
  });

  it('a nested field asking more than the maximum page size gets LIMIT_EXCEEDED at its own path', async () => {
    const body = await api.query(`{ countries(first: 2) { edges { node { iso3 companies(first: 1000) { id } } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(body.errors?.[0]?.path).toEqual(['countries', 'edges', 0, 'node', 'companies']);
  });

  it('a nested filter refused by validation gets BAD_USER_INPUT at its own path', async () => {
    const body = await api.query(`query ($name: String) { countries(first: 1) { edges { node { iso3 companies(where: {name: {eq: $name}}) { id } } } } }`, { name: 'x'.repeat(201) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.path).toEqual(['countries', 'edges', 0, 'node', 'companies']);
  });

  it('the same field under one node, aliased with other arguments, keeps each alias\'s own answer', async () => {
    const body = await api.query(`{ countries(where: {iso3: {eq: "CHN"}}) { edges { node {
      one: companies(first: 1) { id } three: companies(first: 3) { id } byNameDesc: companies(first: 3, orderBy: {field: NAME, direction: DESC}) { id }
    } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.dbRoundTrips).toBe(1);
    const { one, three, byNameDesc } = body.data.countries.edges[0].node;
    expect(one).toHaveLength(1);
    expect(three).toHaveLength(3);
    expect(three[0]).toEqual(one[0]);
    expect(byNameDesc.map((company: { id: string }) => company.id)).not.toEqual(three.map((company: { id: string }) => company.id));
  });

  it('a node met again through an edge\'s back reference answers another field from its own arguments', async () => {
    // Each product is fetched with usedBy(first: 1); through the edge's `product` (that same node
    // object) a second usedBy asks for 5, which the list did not fetch.
    const body = await api.query(`{ products(first: 100) { edges { node { id
      usedBy(first: 1) { product { usedBy(first: 5) { application { id } } } }
    } } } }`);
    expect(body.errors).toBeUndefined();
    type Product = { id: string; usedBy: { product: { usedBy: { application: { id: string } }[] } }[] };
    const products: Product[] = body.data.products.edges.map((edge: { node: Product }) => edge.node);
    const used = products.filter((product) => product.usedBy.length > 0);
    const inner = used.map((product) => product.usedBy[0].product.usedBy.map((use) => use.application.id));
    expect(inner.some((ids) => ids.length > 1)).toBe(true);

    const lookups = used.map((product, index) => `p${index}: product(id: "${product.id}") { usedBy(first: 5) { application { id } } }`);
    const looked = await api.query(`{ ${lookups.join('\n')} }`);
    expect(looked.errors).toBeUndefined();
    expect(inner).toEqual(used.map((_, index) => looked.data[`p${index}`].usedBy.map((use: { application: { id: string } }) => use.application.id)));
  });
});
