import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { combinedScore, pathScore } from '../../src/analysis/maths/score.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const QUERY = `query ($policy: ID!, $maxDepth: Int) {
  policyImpact(policy: $policy, maxDepth: $maxDepth) {
    policy { id }
    restricts { item { id } score confidence }
    products { product { id } score }
    applications { application { id } score }
    industries { industry { id } score confidence pathCount paths { score nodes { id } relationships { type source target confidence critical } } }
    companies { company { id } country { id } score disruptions { id } paths { nodes { id } relationships { type } } }
    disruptions { disruption { id } score confidence hit { id } at { id } lacked { id } paths { nodes { id } } }
    graph { nodes { id } edges { source target } }
  }
}`;
const april = { policy: 'policy:mofcom-2025-18' };

describe('policyImpact', () => {
  it('the April 2025 export controls: restricted elements and products, the industries the seed links, Ford and its Chicago Explorer halt; one round trip', async () => {
    const body = await api.query(QUERY, april);
    expect(body.errors).toBeUndefined();
    const result = body.data.policyImpact;
    const restricted = result.restricts.map((entry: any) => entry.item.id);
    for (const id of ['element:Sm', 'element:Gd', 'element:Tb', 'element:Dy', 'element:Lu', 'element:Sc', 'element:Y', 'product:smco-magnet', 'product:ndfeb-magnet-dy-tb']) {
      expect(restricted).toContain(id);
    }
    const products = result.products.map((entry: any) => entry.product.id);
    expect(products).toEqual(expect.arrayContaining(['product:ndfeb-magnet-dy-tb', 'product:smco-magnet', 'product:dy-metal', 'product:ndfeb-sintered-magnet']));
    const industries = result.industries.map((entry: any) => entry.industry.id);
    for (const id of ['automotive', 'wind-power', 'consumer-electronics', 'medical-imaging', 'industrial-automation', 'household-appliances', 'rail', 'aerospace', 'defense']) {
      expect(industries).toContain(`industry:${id}`);
    }
    const ford = result.companies.find((entry: any) => entry.company.id === 'company:ford');
    expect(ford.country.id).toBe('country:USA');
    expect(ford.disruptions.map((d: any) => d.id)).toEqual(['disruption:ford-explorer-chicago-2025-05', 'disruption:ford-plants-three-weeks-2025']);
    const chicago = result.disruptions.find((entry: any) => entry.disruption.id === 'disruption:ford-explorer-chicago-2025-05');
    expect(chicago).toMatchObject({ score: 1, confidence: 'HIGH', hit: [{ id: 'company:ford' }], lacked: [{ id: 'product:rare-earth-permanent-magnet' }] });
    expect(chicago.paths[0].nodes.map((n: any) => n.id)).toEqual(['policy:mofcom-2025-18', 'disruption:ford-explorer-chicago-2025-05']);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('lists every disruption attributed to the policy in the seed (14), and none attributed elsewhere', async () => {
    const { data } = await api.query(QUERY, april);
    const ids = data.policyImpact.disruptions.map((entry: any) => entry.disruption.id);
    expect(ids).toHaveLength(14);
    expect(ids).not.toContain('disruption:japan-magnet-maker-supply-2026-01');
    expect(ids).toContain('disruption:us-defense-samarium-price-2025-08');
  });

  it('companies hit by an attributed disruption are listed even without a product link (CLEPA), with a path through the disruption', async () => {
    const { data } = await api.query(QUERY, april);
    const clepa = data.policyImpact.companies.find((entry: any) => entry.company.id === 'company:clepa');
    expect(clepa.paths.map((path: any) => path.relationships.map((rel: any) => rel.type))).toEqual([['ATTRIBUTED_TO', 'HIT']]);
  });

  it('every score is reproducible from its paths, which start at the policy and end at the dependent', async () => {
    const { data } = await api.query(QUERY, april);
    for (const industry of data.policyImpact.industries) {
      expect(industry.paths.map((path: any) => path.score)).toEqual(industry.paths.map((path: any) => Math.round(pathScore(path.relationships) * 10_000) / 10_000));
      expect(industry.score).toBe(combinedScore(industry.paths.map((path: any) => path.score)));
      for (const path of industry.paths) {
        expect(path.nodes[0].id).toBe('policy:mofcom-2025-18');
        expect(path.nodes.at(-1).id).toBe(industry.industry.id);
        path.relationships.forEach((rel: any, i: number) => expect([rel.source, rel.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort()));
      }
    }
  });

  it('the graph slice is closed and the same arguments give the same answer', async () => {
    const [a, b] = await Promise.all([api.query(QUERY, april), api.query(QUERY, april)]);
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
    const ids = new Set(a.data.policyImpact.graph.nodes.map((node: any) => node.id));
    for (const edge of a.data.policyImpact.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('a policy that restricts nothing and has no attributed disruption: empty lists, not an error', async () => {
    const body = await api.query(QUERY, { policy: 'policy:us-china-geneva-truce-2025-05' });
    expect(body.errors).toBeUndefined();
    const result = body.data.policyImpact;
    expect([result.restricts, result.products, result.applications, result.industries, result.companies, result.disruptions]).toEqual([[], [], [], [], [], []]);
    expect(result.graph.nodes.map((node: any) => node.id)).toEqual(['policy:us-china-geneva-truce-2025-05']);
  });

  it('an unknown policy is NOT_FOUND; an id of another type is BAD_USER_INPUT naming `policy`; maxDepth above 6 is LIMIT_EXCEEDED', async () => {
    const unknown = await api.query(QUERY, { policy: 'policy:no-such-policy' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'policy:no-such-policy' });
    const wrongType = await api.query(QUERY, { policy: 'company:ford' });
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'policy' });
    const deep = await api.query(QUERY, { ...april, maxDepth: 7 });
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'maxDepth', maximum: 6 });
    expect(deep.extensions?.dbRoundTrips ?? 0).toBe(0);
  });

  it('maxDepth bounds the chains: No. 61 restricts magnets; Dy/Tb NdFeB (a kind of sintered NdFeB, a kind of magnet) is two links away', async () => {
    const ids = async (maxDepth: number) => (await api.query(QUERY, { policy: 'policy:mofcom-2025-61', maxDepth })).data.policyImpact.products.map((entry: any) => entry.product.id);
    const [one, two] = [await ids(1), await ids(2)];
    expect(one).toContain('product:ndfeb-sintered-magnet');
    expect(one).not.toContain('product:ndfeb-magnet-dy-tb');
    expect(two).toContain('product:ndfeb-magnet-dy-tb');
  });
});
