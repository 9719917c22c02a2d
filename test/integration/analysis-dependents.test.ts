import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { combinedScore, pathScore } from '../../src/analysis/maths/score.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const QUERY = `query ($exporter: ID!, $product: ID!, $importer: ID!, $period: String, $from: String, $to: String, $maxDepth: Int) {
  exportDependents(exporter: $exporter, product: $product, importer: $importer, period: $period, from: $from, to: $to, maxDepth: $maxDepth) {
    flow { points { period quantityTonnes momChangePct momChange { rule } reportedMomChanges { pct } sources { id } } }
    products { product { id } score }
    applications { application { id } score }
    industries { industry { id } score confidence pathCount paths { score nodes { id } relationships { id type source target confidence critical } } }
    companies { company { id } inImportingCountry score disruptions { id } paths { relationships { type } } }
    disruptions { id }
    policies { policy { id } restricts { id } paths { nodes { id } } }
    graph { nodes { id } edges { source target } }
  }
}`;
const magnetsToUs = { exporter: 'country:CHN', product: 'product:rare-earth-permanent-magnet', importer: 'country:USA', period: '2025-06' };

describe('exportDependents', () => {
  it('China → US magnets, June 2025: the industries the seed links, Ford and its Chicago halt, the April 2025 controls; one round trip', async () => {
    const body = await api.query(QUERY, magnetsToUs);
    expect(body.errors).toBeUndefined();
    const result = body.data.exportDependents;
    const industries = result.industries.map((entry: any) => entry.industry.id);
    for (const id of ['automotive', 'wind-power', 'consumer-electronics', 'medical-imaging', 'industrial-automation', 'household-appliances', 'rail', 'aerospace']) {
      expect(industries).toContain(`industry:${id}`);
    }
    const ford = result.companies.find((entry: any) => entry.company.id === 'company:ford');
    expect(ford.inImportingCountry).toBe(true);
    expect(ford.disruptions.map((d: any) => d.id)).toContain('disruption:ford-explorer-chicago-2025-05');
    expect(result.policies.map((entry: any) => entry.policy.id)).toContain('policy:mofcom-2025-18');
    expect(result.flow.points[0]).toMatchObject({ period: '2025-06', quantityTonnes: 352.8 });
    expect(result.flow.points[0].reportedMomChanges.map((change: any) => change.pct)).toContain(660);
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('companies of the importing country come first', async () => {
    const { data } = await api.query(QUERY, magnetsToUs);
    const flags = data.exportDependents.companies.map((entry: any) => entry.inImportingCountry);
    expect(flags[0]).toBe(true);
    expect(flags.indexOf(false)).toBeGreaterThan(0);
    expect(flags.slice(flags.indexOf(false))).not.toContain(true);
  });

  it('every score is reproducible from its paths (link confidences and types)', async () => {
    const { data } = await api.query(QUERY, magnetsToUs);
    for (const industry of data.exportDependents.industries) {
      const scores = industry.paths.map((path: any) => pathScore(path.relationships));
      expect(industry.paths.map((path: any) => path.score)).toEqual(scores.map((score: number) => Math.round(score * 10_000) / 10_000));
      expect(industry.score).toBe(combinedScore(industry.paths.map((path: any) => path.score)));
      // Paths start at the traced product and end at the industry, each edge linking consecutive nodes.
      for (const path of industry.paths) {
        expect(path.nodes[0].id).toBe('product:rare-earth-permanent-magnet');
        expect(path.nodes.at(-1).id).toBe(industry.industry.id);
        path.relationships.forEach((rel: any, i: number) => expect([rel.source, rel.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort()));
      }
    }
  });

  it('the graph slice is closed: every edge\'s endpoints are among its nodes', async () => {
    const { data } = await api.query(QUERY, magnetsToUs);
    const ids = new Set(data.exportDependents.graph.nodes.map((node: any) => node.id));
    for (const edge of data.exportDependents.graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });

  it('the same arguments give the same answer (deterministic ordering)', async () => {
    const [a, b] = await Promise.all([api.query(QUERY, magnetsToUs), api.query(QUERY, magnetsToUs)]);
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  });

  it('an export with no dependents: the 17-element customs category has none', async () => {
    const body = await api.query(QUERY, { exporter: 'country:CHN', product: 'product:rare-earth-customs-category', importer: 'country:WLD', period: '2025-06' });
    expect(body.errors).toBeUndefined();
    const result = body.data.exportDependents;
    expect(result.flow.points[0].quantityTonnes).toBe(7742.2);
    expect([result.products, result.applications, result.industries, result.companies]).toEqual([[], [], [], []]);
  });

  it('a period with no data: null figures, never interpolated; dependents still listed', async () => {
    const body = await api.query(QUERY, { ...magnetsToUs, period: '2024-01' });
    expect(body.errors).toBeUndefined();
    expect(body.data.exportDependents.flow.points).toEqual([{ period: '2024-01', quantityTonnes: null, momChangePct: null, momChange: null, reportedMomChanges: [], sources: [] }]);
    expect(body.data.exportDependents.industries.length).toBeGreaterThan(0);
  });

  it('unknown ids are NOT_FOUND; maxDepth above 6 is LIMIT_EXCEEDED; period and range are exclusive', async () => {
    const unknownProduct = await api.query(QUERY, { ...magnetsToUs, product: 'product:unobtainium' });
    expect(unknownProduct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknownCountry = await api.query(QUERY, { ...magnetsToUs, importer: 'country:XXX' });
    expect(unknownCountry.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const deep = await api.query(QUERY, { ...magnetsToUs, maxDepth: 7 });
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'maxDepth', maximum: 6 });
    const both = await api.query(QUERY, { ...magnetsToUs, from: '2025-05', to: '2025-06' });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a range sums the months with data', async () => {
    const body = await api.query(`{ exportDependents(exporter: "country:CHN", product: "product:rare-earth-permanent-magnet", importer: "country:USA", from: "2025-05", to: "2025-07") {
      flow { totalQuantityTonnes points { period quantityTonnes } } } }`);
    expect(body.errors).toBeUndefined();
    // preferred values 46 (May), 352.8 (June), 619 (July)
    expect(body.data.exportDependents.flow.totalQuantityTonnes).toBe(1017.8);
  });

  it('a MADE_FROM cycle ends chains instead of looping (test-only products, removed afterwards)', async () => {
    await api.executor.write(`CREATE (z:Product {id: 'product:test-cycle-z', name: 'Test cycle Z'}),
      (x:Product {id: 'product:test-cycle-x', name: 'Test cycle X'}), (y:Product {id: 'product:test-cycle-y', name: 'Test cycle Y'}),
      (x)-[:MADE_FROM]->(z), (y)-[:MADE_FROM]->(x), (x)-[:MADE_FROM]->(y)`);
    try {
      const body = await api.query(QUERY, { exporter: 'country:CHN', product: 'product:test-cycle-z', importer: 'country:USA', period: '2025-06', maxDepth: 6 });
      expect(body.errors).toBeUndefined();
      const products = body.data.exportDependents.products.map((entry: any) => entry.product.id);
      expect(products).toEqual(['product:test-cycle-x', 'product:test-cycle-y']);
      const paths = await api.query(`{ paths(from: "product:test-cycle-z", to: "product:test-cycle-y", maxHops: 6) { nodes { id } } }`);
      expect(paths.errors).toBeUndefined();
      for (const path of paths.data.paths) expect(new Set(path.nodes.map((n: any) => n.id)).size).toBe(path.nodes.length);
    } finally {
      await api.executor.write(`MATCH (n:Product) WHERE n.id STARTS WITH 'product:test-cycle-' DETACH DELETE n`);
    }
  });
});
