import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const MAGNETS = 'product:rare-earth-permanent-magnet';

const FLOW = `query Flow($exporter: String!, $importer: String!, $period: String!, $product: String!) {
  tradeFlows(where: { exporter: { eq: $exporter }, importer: { eq: $importer }, period: { eq: $period }, product: { eq: $product } }) {
    edges { node {
      id quantityTonnes reportsDisagree preferredReason
      quantity { value unit basis sources { id publisher } }
      preferredReport { id source { id } }
      reports { quantityTonnes reportedMomChangePct reportedYoyChangePct basis source { id publisher url } }
    } }
  }
}`;

async function flow(exporter: string, importer: string, period: string) {
  const body = await api.query(FLOW, { exporter, importer, period, product: MAGNETS });
  expect(body.errors).toBeUndefined();
  expect(body.data.tradeFlows.edges).toHaveLength(1);
  return body.data.tradeFlows.edges[0].node;
}

describe('the seed figures come back through GraphQL exactly, each with its source', () => {
  it('China → US magnets, June 2025: 352.8 t preferred over 353 t, reported as up 660% from May', async () => {
    const node = await flow('CHN', 'USA', '2025-06');
    expect(node.quantityTonnes).toBe(352.8);
    expect(node.quantity).toMatchObject({ value: 352.8, unit: 't', basis: 'REPORTED' });
    expect(node.quantity.sources.map((s: { publisher: string }) => s.publisher).join()).toMatch(/Chinatungsten/);
    expect(node.reportsDisagree).toBe(true);
    expect(node.preferredReason).toMatch(/more precise/);
    const quantities = node.reports.map((r: { quantityTonnes: number }) => r.quantityTonnes).sort();
    expect(quantities).toEqual([352.8, 353]);
    const seedReport = node.reports.find((r: { quantityTonnes: number }) => r.quantityTonnes === 352.8);
    expect(seedReport.reportedMomChangePct).toBe(660);
    expect(seedReport.source.url).toContain('chinatungsten');
    for (const report of node.reports) expect(report.source.id).toMatch(/^source:/);
  });

  it('China → world magnets, June 2025: 3,188 t, reported +157.5% m/m and -38.1% y/y', async () => {
    const node = await flow('CHN', 'WLD', '2025-06');
    expect(node.quantityTonnes).toBe(3188);
    const seedReport = node.reports.find((r: { source: { url: string } }) => r.source.url.includes('chinatungsten'));
    expect(seedReport).toMatchObject({ quantityTonnes: 3188, reportedMomChangePct: 157.5, reportedYoyChangePct: -38.1, basis: 'REPORTED' });
  });

  it('China → world magnets, May 2025: the 1,238 t reports are kept beside the more precise 1,238.47 t', async () => {
    const node = await flow('CHN', 'WLD', '2025-05');
    const values = node.reports.map((r: { quantityTonnes: number }) => r.quantityTonnes);
    expect(values.filter((v: number) => v === 1238).length).toBeGreaterThanOrEqual(2);
    expect(values).toContain(1238.47);
    expect(node.quantityTonnes).toBe(1238.47);
    expect(node.reportsDisagree).toBe(true);
  });

  it('the two derived rows are marked DERIVED and never preferred over a reported figure', async () => {
    const node = await flow('CHN', 'USA', '2025-05');
    const derived = node.reports.find((r: { basis: string }) => r.basis === 'DERIVED');
    expect(derived.quantityTonnes).toBe(46.4);
    expect(node.quantityTonnes).toBe(46);
    expect(node.quantity.basis).toBe('REPORTED');
  });
});

describe('the seeded events and policies', () => {
  it('has the April 2025 export controls restricting the seven elements', async () => {
    const body = await api.query(`{ policy(id: "policy:mofcom-2025-18") {
      title reference announcedOn effectiveOn kind issuedBy { iso3 } restrictsElements(first: 20) { symbol } sources { id }
    } }`);
    expect(body.errors).toBeUndefined();
    const policy = body.data.policy;
    expect(policy).toMatchObject({ kind: 'EXPORT_CONTROL', announcedOn: '2025-04-04', issuedBy: { iso3: 'CHN' } });
    expect(policy.reference).toMatch(/No\. 18 of 2025/);
    expect(policy.restrictsElements.map((e: { symbol: string }) => e.symbol).sort()).toEqual(['Dy', 'Gd', 'Lu', 'Sc', 'Sm', 'Tb', 'Y']);
    expect(policy.sources.length).toBeGreaterThan(0);
  });

  it('has Ford\'s one-week Explorer halt at the Chicago plant in May 2025, Suzuki\'s Swift suspension and CLEPA\'s report', async () => {
    const body = await api.query(`{
      ford: company(id: "company:ford") { name disruptions { kind startedOn summary duration { value unit sources { id } } facilities { name } } }
      suzuki: company(id: "company:suzuki") { disruptions { startedOn summary facilities { country { iso3 } } sources { id } } }
      clepa: company(id: "company:clepa") { roles disruptions { summary sources { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    const explorer = body.data.ford.disruptions.find((d: { summary: string }) => /Explorer/.test(d.summary));
    expect(explorer.startedOn).toMatch(/^2025-05/);
    expect(explorer.facilities.map((f: { name: string }) => f.name).join()).toMatch(/Chicago/);
    expect(explorer.duration).toMatchObject({ value: 7, unit: 'days' });
    expect(explorer.duration.sources.length).toBeGreaterThan(0);
    const swift = body.data.suzuki.disruptions.find((d: { summary: string }) => /Swift/.test(d.summary));
    expect(swift.facilities[0].country.iso3).toBe('JPN');
    expect(swift.sources.length).toBeGreaterThan(0);
    expect(body.data.clepa.roles).toContain('ASSOCIATION');
    expect(body.data.clepa.disruptions.length).toBeGreaterThan(0);
  });

  it('links the nine application areas of the seed article to magnets and to their industries', async () => {
    const ids = ['ev-drive-motor', 'wind-turbine-generator', 'smartphone-motor', 'tws-earphone-speaker', 'industrial-robot-servo',
      'mri-scanner', 'inverter-compressor', 'maglev-train', 'aerospace-instrument'].map((key) => `application:${key}`);
    const body = await api.query(`query Apps($ids: [ID!]!) { nodes(ids: $ids) { id ... on Application {
      uses { product { id kindOf { id } } sources { id } } industries { id }
    } } }`, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toHaveLength(9);
    for (const app of body.data.nodes) {
      expect(app, `application ${ids[body.data.nodes.indexOf(app)]}`).not.toBeNull();
      const magnetUse = app.uses.find((use: { product: { id: string; kindOf: { id: string }[] } }) =>
        use.product.id === MAGNETS || use.product.kindOf.some((k) => k.id === MAGNETS));
      expect(magnetUse, `${app.id} uses a rare-earth magnet`).toBeDefined();
      expect(app.industries.length, `${app.id} belongs to an industry`).toBeGreaterThan(0);
    }
  });
});
