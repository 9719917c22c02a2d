import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { combinedScore, pathScore } from '../../src/analysis/maths/score.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const QUERY = `query ($of: ID!, $maxDepth: Int, $asOf: String) {
  supplyChain(of: $of, maxDepth: $maxDepth, asOf: $asOf) {
    of { id label } asOf
    products { product { id } score confidence paths { score nodes { id } relationships { type source target confidence critical } } }
    elements { element { id } score }
    producers { company { id } produces { id } }
    producingCountries { of { id } stage year worldTotalTonnes worldTotalBasis hhi shares { country { id } quantityTonnes sharePct residual sources { id } } }
    restrictions { policy { id } inForce restricts { id } suspensions { by { id } suspendedFrom suspendedUntil } }
    disruptions { disruption { id } hit { id } lacked { id } attributedTo { id } }
    graph { nodes { id } edges { source target } }
  }
}`;
const ford = { of: 'company:ford', asOf: '2025-12-01' };

describe('supplyChain', () => {
  it('Ford: magnets, their inputs and elements, the producing countries with shares, the restrictions in force and its Chicago halt; one round trip', async () => {
    const body = await api.query(QUERY, ford);
    expect(body.errors).toBeUndefined();
    const result = body.data.supplyChain;
    expect(result.of).toEqual({ id: 'company:ford', label: 'Company' });
    const products = result.products.map((entry: any) => entry.product.id);
    expect(products).toEqual(expect.arrayContaining(['product:ndfeb-sintered-magnet', 'product:ndfeb-alloy', 'product:ndpr-metal', 'product:rare-earth-concentrate']));
    expect(result.elements.map((entry: any) => entry.element.id)).toEqual(expect.arrayContaining(['element:Nd', 'element:Pr', 'element:Dy', 'element:Tb']));
    const mining = result.producingCountries.find((entry: any) => entry.of.id === 'product:rare-earth-concentrate' && entry.stage === 'MINING');
    expect(mining).toMatchObject({ year: 2024, worldTotalTonnes: 390000, worldTotalBasis: 'REPORTED_WORLD' });
    expect(mining.shares[0]).toMatchObject({ country: { id: 'country:CHN' }, quantityTonnes: 270000, sharePct: 69.23 });
    expect(mining.shares[0].sources.map((source: any) => source.id)).toContain('source:usgs-mcs2025-rare-earths');
    const squares = mining.shares.filter((share: any) => !share.residual).reduce((sum: number, share: any) => sum + ((share.quantityTonnes / 390000) * 100) ** 2, 0);
    expect(mining.hhi).toBeCloseTo(squares, 1);
    const chicago = result.disruptions.find((entry: any) => entry.disruption.id === 'disruption:ford-explorer-chicago-2025-05');
    expect(chicago).toMatchObject({ hit: [{ id: 'company:ford' }], attributedTo: [{ id: 'policy:mofcom-2025-18' }] });
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('restrictions in force on asOf: No. 18 yes; No. 61 suspended by No. 70 (2025-11-07 to 2026-11-10); DFARS has no start date, so null', async () => {
    const { data } = await api.query(QUERY, ford);
    const byId = Object.fromEntries(data.supplyChain.restrictions.map((entry: any) => [entry.policy.id, entry]));
    expect(byId['policy:mofcom-2025-18'].inForce).toBe(true);
    expect(byId['policy:mofcom-2025-18'].restricts.map((item: any) => item.id)).toEqual(expect.arrayContaining(['element:Dy', 'element:Tb', 'product:rare-earth-permanent-magnet']));
    expect(byId['policy:mofcom-2025-61']).toMatchObject({ inForce: false, suspensions: [{ by: { id: 'policy:mofcom-2025-70' }, suspendedFrom: '2025-11-07', suspendedUntil: '2026-11-10' }] });
    expect(byId['policy:us-dod-dfars-2027'].inForce).toBeNull();
    const before = await api.query(QUERY, { ...ford, asOf: '2025-03-01' });
    expect(before.data.supplyChain.restrictions.find((entry: any) => entry.policy.id === 'policy:mofcom-2025-18').inForce).toBe(false);
  });

  it('every score is reproducible from its paths, which start at the entity and end at the product', async () => {
    const { data } = await api.query(QUERY, ford);
    for (const product of data.supplyChain.products) {
      expect(product.paths.map((path: any) => path.score)).toEqual(product.paths.map((path: any) => Math.round(pathScore(path.relationships) * 10_000) / 10_000));
      expect(product.score).toBe(combinedScore(product.paths.map((path: any) => path.score)));
      for (const path of product.paths) {
        expect(path.nodes[0].id).toBe('company:ford');
        expect(path.nodes.at(-1).id).toBe(product.product.id);
        path.relationships.forEach((rel: any, i: number) => expect([rel.source, rel.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort()));
      }
    }
  });

  it('from an application and from an industry: the same upstream products through USES / PART_OF', async () => {
    const motor = await api.query(QUERY, { of: 'application:ev-drive-motor', asOf: '2025-12-01' });
    const automotive = await api.query(QUERY, { of: 'industry:automotive', asOf: '2025-12-01' });
    expect(motor.errors).toBeUndefined();
    expect(automotive.errors).toBeUndefined();
    const ids = (body: any) => body.data.supplyChain.products.map((entry: any) => entry.product.id);
    expect(ids(motor)).toEqual(expect.arrayContaining(['product:ndfeb-sintered-magnet', 'product:ndfeb-magnet-dy-tb']));
    expect(ids(automotive)).toEqual(expect.arrayContaining(ids(motor)));
    expect(automotive.data.supplyChain.products[0].paths[0].relationships[0].type).toBe('PART_OF');
  });

  it('the graph slice is closed and the same arguments give the same answer', async () => {
    const [a, b] = await Promise.all([api.query(QUERY, ford), api.query(QUERY, ford)]);
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
    const ids = new Set(a.data.supplyChain.graph.nodes.map((node: any) => node.id));
    for (const edge of a.data.supplyChain.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('maxDepth bounds the chains: at depth 1 Ford reaches NdFeB alloy but not NdPr metal (two links from the magnet)', async () => {
    const { data } = await api.query(QUERY, { ...ford, maxDepth: 1 });
    const products = data.supplyChain.products.map((entry: any) => entry.product.id);
    expect(products).toContain('product:ndfeb-alloy');
    expect(products).not.toContain('product:ndpr-metal');
  });

  it('an industry with no modelled application: empty lists, not an error', async () => {
    const body = await api.query(QUERY, { of: 'industry:semiconductors', asOf: '2025-12-01' });
    expect(body.errors).toBeUndefined();
    const result = body.data.supplyChain;
    expect([result.products, result.elements, result.producers, result.producingCountries, result.restrictions, result.disruptions]).toEqual([[], [], [], [], [], []]);
  });

  it('an unknown id is NOT_FOUND; an id of another type is BAD_USER_INPUT naming `of`; maxDepth above 6 is LIMIT_EXCEEDED; a malformed asOf is BAD_USER_INPUT', async () => {
    const unknown = await api.query(QUERY, { of: 'company:no-such-company' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'company:no-such-company' });
    const product = await api.query(QUERY, { of: 'product:ndfeb-sintered-magnet' });
    expect(product.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'of' });
    const deep = await api.query(QUERY, { ...ford, maxDepth: 7 });
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'maxDepth', maximum: 6, received: 7 });
    const badDate = await api.query(QUERY, { ...ford, asOf: '1 Dec 2025' });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});
