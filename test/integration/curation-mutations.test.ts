import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { asEditor, removeTestData, TOKENS_ENV } from '../helpers/curation.js';

/**
 * Curation against the real Neo4j. Everything written here has ids starting "…:test-cur-" or is a
 * trade flow of 1913 (no real data), and is removed afterwards.
 */
const PREFIXES = ['source:test-cur-', 'company:test-cur-', 'facility:test-cur-', 'disruption:test-cur-', 'policy:test-cur-'];
let api: TestApi;
beforeAll(async () => { api = await startTestApi(TOKENS_ENV); });
afterAll(async () => {
  try {
    await removeTestData(api.executor, PREFIXES, '1913-');
  } finally {
    await api.close();
  }
});

const edit = (query: string, variables?: Record<string, unknown>) => api.query(query, variables, asEditor);
const exists = async (id: string) => {
  const [row] = await api.executor.read('MATCH (n) WHERE n.id = $id RETURN count(n) > 0 AS found', { id });
  return row.found as boolean;
};
const SOURCE_A = { id: 'source:test-cur-a', title: 'Curation test source A (synthetic)', publisher: 'Test', publishedOn: '1913-02-10' };

const REPORT = `mutation Report($input: TradeReportInput!) {
  reportTradeFlow(input: $input) { id quantityTonnes confidence flow { id quantityTonnes reportCount reportsDisagree } }
}`;
const flowInput = (extra: Record<string, unknown>) => ({ exporterIso3: 'CHN', importerIso3: 'USA', productId: 'product:rare-earth-permanent-magnet', period: '1913-01', ...extra });

describe('reportTradeFlow', () => {
  it('records a report from a new source, creates the flow and its preferred value', async () => {
    const body = await edit(REPORT, { input: flowInput({ quantityTonnes: 10.5, confidence: 'MEDIUM', newSource: SOURCE_A }) });
    expect(body.errors).toBeUndefined();
    expect(body.data.reportTradeFlow).toMatchObject({
      id: 'report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-a',
      quantityTonnes: 10.5,
      flow: { id: 'flow:CHN-USA-rare-earth-permanent-magnet-1913-01', quantityTonnes: 10.5, reportCount: 1, reportsDisagree: false },
    });
  });

  it('is idempotent: the same report again changes nothing', async () => {
    const before = await api.executor.read('MATCH (r:TradeReport {id: $id}) RETURN properties(r) AS r', { id: 'report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-a' });
    const body = await edit(REPORT, { input: flowInput({ quantityTonnes: 10.5, confidence: 'MEDIUM', sourceId: 'source:test-cur-a' }) });
    expect(body.data.reportTradeFlow.flow.reportCount).toBe(1);
    const after = await api.executor.read('MATCH (r:TradeReport {id: $id}) RETURN properties(r) AS r', { id: 'report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-a' });
    expect(after).toEqual(before);
  });

  it('keeps a second source beside the first, recomputes the preferred value, and later fields of the same request see it', async () => {
    // Two mutations in one request: the second field must not be served the flow the first one cached.
    const body = await edit(`mutation {
      first: reportTradeFlow(input: { exporterIso3: "CHN", importerIso3: "USA", productId: "product:rare-earth-permanent-magnet", period: "1913-01", quantityTonnes: 10.5, sourceId: "source:test-cur-a" }) { flow { quantityTonnes reportCount } }
      second: reportTradeFlow(input: { exporterIso3: "CHN", importerIso3: "USA", productId: "product:rare-earth-permanent-magnet", period: "1913-01", quantityTonnes: 11, confidence: HIGH, newSource: { id: "source:test-cur-b", title: "Curation test source B (synthetic)" } }) { flow { quantityTonnes reportCount reportsDisagree } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.first.flow).toEqual({ quantityTonnes: 10.5, reportCount: 1 });
    // HIGH confidence beats MEDIUM (src/seed/preferred-report.ts), so the flow now shows 11.
    expect(body.data.second.flow).toEqual({ quantityTonnes: 11, reportCount: 2, reportsDisagree: true });
    const read = await api.query('{ tradeFlow(id: "flow:CHN-USA-rare-earth-permanent-magnet-1913-01") { quantityTonnes reportCount } }');
    expect(read.data.tradeFlow).toEqual({ quantityTonnes: 11, reportCount: 2 });
  });

  it('refuses a report without a source with BAD_USER_INPUT naming the field', async () => {
    const body = await edit(REPORT, { input: flowInput({ quantityTonnes: 1 }) });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceId' });
  });

  it('refuses an unknown source id with BAD_USER_INPUT naming the field and the value', async () => {
    const body = await edit(REPORT, { input: flowInput({ quantityTonnes: 1, sourceId: 'source:test-cur-nope' }) });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceId', received: '"source:test-cur-nope"' });
  });

  it('refuses a month that does not exist, naming the field, the value and the expectation', async () => {
    const body = await edit(REPORT, { input: flowInput({ period: '1913-13', quantityTonnes: 1, sourceId: 'source:test-cur-a' }) });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.problems).toEqual([{ field: 'period', expected: 'a month as YYYY-MM (e.g. 2025-06)', received: '1913-13' }]);
  });

  it('refuses a negative quantity', async () => {
    const body = await edit(REPORT, { input: flowInput({ quantityTonnes: -3, sourceId: 'source:test-cur-a' }) });
    expect(body.errors?.[0].extensions?.problems).toEqual([{ field: 'quantityTonnes', expected: 'a number not below 0', received: -3 }]);
  });

  it('refuses an ISO3 code no country has', async () => {
    const body = await edit(REPORT, { input: flowInput({ importerIso3: 'XXX', quantityTonnes: 1, sourceId: 'source:test-cur-a' }) });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'importerIso3', received: '"XXX"' });
    expect(await exists('flow:CHN-XXX-rare-earth-permanent-magnet-1913-01')).toBe(false);
  });

  it('deletes a report and recomputes the flow; the flow goes with its last report', async () => {
    const body = await edit('mutation { deleteTradeReport(id: "report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-b") }');
    expect(body.data.deleteTradeReport).toBe('report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-b');
    const read = await api.query('{ tradeFlow(id: "flow:CHN-USA-rare-earth-permanent-magnet-1913-01") { quantityTonnes reportCount } }');
    expect(read.data.tradeFlow).toEqual({ quantityTonnes: 10.5, reportCount: 1 });
    await edit('mutation { deleteTradeReport(id: "report:CHN-USA-rare-earth-permanent-magnet-1913-01:test-cur-a") }');
    expect(await exists('flow:CHN-USA-rare-earth-permanent-magnet-1913-01')).toBe(false);
  });

  it('NOT_FOUND when deleting an unknown report', async () => {
    const body = await edit('mutation { deleteTradeReport(id: "report:test-cur-nope") }');
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('companies, facilities, disruptions, policies', () => {
  const COMPANY = `mutation C($input: CompanyInput!) { upsertCompany(input: $input) { id name aliases roles country { iso3 } sources { id } } }`;

  it('creates a company with its country and source, then updates one field', async () => {
    const created = await edit(COMPANY, { input: { id: 'company:test-cur-acme', name: 'Acme Magnets (test)', aliases: ['Acme'], roles: ['MAGNET_MAKER'], countryIso3: 'DEU', sourceIds: ['source:test-cur-a'] } });
    expect(created.errors).toBeUndefined();
    expect(created.data.upsertCompany).toEqual({ id: 'company:test-cur-acme', name: 'Acme Magnets (test)', aliases: ['Acme'], roles: ['MAGNET_MAKER'], country: { iso3: 'DEU' }, sources: [{ id: 'source:test-cur-a' }] });
    const updated = await edit(COMPANY, { input: { id: 'company:test-cur-acme', name: 'Acme Magnets GmbH (test)', sourceIds: ['source:test-cur-a'] } });
    expect(updated.data.upsertCompany).toMatchObject({ name: 'Acme Magnets GmbH (test)', aliases: ['Acme'], country: { iso3: 'DEU' } });
  });

  it('gives a company created without aliases or roles empty lists, not nulls', async () => {
    const body = await edit(COMPANY, { input: { id: 'company:test-cur-bare', name: 'Bare Co (test)', sourceIds: ['source:test-cur-a'] } });
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertCompany).toMatchObject({ aliases: [], roles: [] });
  });

  it('is idempotent: the same company input twice leaves the same node', async () => {
    const input = { id: 'company:test-cur-acme', name: 'Acme Magnets GmbH (test)', sourceIds: ['source:test-cur-a'] };
    await edit(COMPANY, { input });
    const before = await api.executor.read('MATCH (n:Company {id: "company:test-cur-acme"}) RETURN properties(n) AS p, COUNT { (n)--() } AS rels');
    await edit(COMPANY, { input });
    const after = await api.executor.read('MATCH (n:Company {id: "company:test-cur-acme"}) RETURN properties(n) AS p, COUNT { (n)--() } AS rels');
    expect(after).toEqual(before);
  });

  it('refuses a company without any source, naming sourceIds', async () => {
    const body = await edit(COMPANY, { input: { id: 'company:test-cur-nosource', name: 'No source (test)' } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceIds' });
    expect(await exists('company:test-cur-nosource')).toBe(false);
  });

  it('refuses a new company without a name', async () => {
    const body = await edit(COMPANY, { input: { id: 'company:test-cur-noname', sourceIds: ['source:test-cur-a'] } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });

  it('refuses an over-long name and a malformed id, naming each field', async () => {
    const body = await edit(COMPANY, { input: { id: 'Company X', name: 'x'.repeat(201), sourceIds: ['source:test-cur-a'] } });
    const fields = (body.errors?.[0].extensions?.problems as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['id', 'name']);
  });

  it('creates a facility operated by the company', async () => {
    const body = await edit(`mutation { upsertFacility(input: { id: "facility:test-cur-plant", name: "Acme plant (test)", kind: MAGNET_PLANT, countryIso3: "DEU", operatorIds: ["company:test-cur-acme"], capacityTonnesPerYear: 100, sourceIds: ["source:test-cur-a"] }) { id kind capacityTonnesPerYear country { iso3 } operators { id } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertFacility).toEqual({ id: 'facility:test-cur-plant', kind: 'MAGNET_PLANT', capacityTonnesPerYear: 100, country: { iso3: 'DEU' }, operators: [{ id: 'company:test-cur-acme' }] });
  });

  it('creates a disruption that hit the company, and a policy issued by a country', async () => {
    const disruption = await edit(`mutation { upsertDisruption(input: { id: "disruption:test-cur-halt", title: "Test halt", kind: PRODUCTION_HALT, startedOn: "1913-02", durationDays: 7, companyIds: ["company:test-cur-acme"], sourceIds: ["source:test-cur-a"] }) { id name companies { id } } }`);
    expect(disruption.errors).toBeUndefined();
    expect(disruption.data.upsertDisruption).toEqual({ id: 'disruption:test-cur-halt', name: 'Test halt', companies: [{ id: 'company:test-cur-acme' }] });
    const policy = await edit(`mutation { upsertPolicy(input: { id: "policy:test-cur-rule", title: "Test rule", kind: EXPORT_CONTROL, announcedOn: "1913-03-01", issuedByIso3: ["CHN"], sourceIds: ["source:test-cur-a"] }) { id kind issuedBy { iso3 } } }`);
    expect(policy.data.upsertPolicy).toEqual({ id: 'policy:test-cur-rule', kind: 'EXPORT_CONTROL', issuedBy: { iso3: 'CHN' } });
  });

  it('refuses a date that does not exist', async () => {
    const body = await edit(`mutation { upsertPolicy(input: { id: "policy:test-cur-rule", effectiveOn: "1913-02-30", sourceIds: ["source:test-cur-a"] }) { id } }`);
    expect(body.errors?.[0].extensions?.problems).toEqual([{ field: 'effectiveOn', expected: 'a real date as YYYY-MM-DD, or a month as YYYY-MM', received: '1913-02-30' }]);
  });

  it('is atomic: a bad id found half way leaves nothing, not even the new source', async () => {
    const body = await edit(`mutation { upsertDisruption(input: {
      id: "disruption:test-cur-partial", title: "Partial", kind: LINE_SHUTDOWN,
      newSource: { id: "source:test-cur-partial", title: "Should not survive" },
      companyIds: ["company:test-cur-acme"], facilityIds: ["facility:test-cur-missing"] }) { id } }`);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'facilityIds' });
    expect(await exists('disruption:test-cur-partial')).toBe(false);
    expect(await exists('source:test-cur-partial')).toBe(false);
    const [hits] = await api.executor.read('MATCH (:Company {id: "company:test-cur-acme"})<-[:HIT]-(d) RETURN collect(d.id) AS ids');
    expect(hits.ids).toEqual(['disruption:test-cur-halt']);
  });

  it('deletes and refuses unknown ids with NOT_FOUND', async () => {
    expect((await edit('mutation { deleteDisruption(id: "disruption:test-cur-halt") }')).data.deleteDisruption).toBe('disruption:test-cur-halt');
    expect(await exists('disruption:test-cur-halt')).toBe(false);
    expect((await edit('mutation { deleteCompany(id: "company:test-cur-nope") }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await edit('mutation { deleteSource(id: "source:test-cur-nope") }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a source that facts cite', async () => {
    const body = await edit('mutation { deleteSource(id: "source:test-cur-a") }');
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(await exists('source:test-cur-a')).toBe(true);
  });
});

describe('links', () => {
  const LINK = 'mutation L($input: LinkInput!) { link(input: $input) { type fromId toId sourceIds properties } }';

  it('writes a whitelisted link with its figure and source, idempotently', async () => {
    const input = { type: 'PRODUCES', fromId: 'company:test-cur-acme', toId: 'product:ndfeb-sintered-magnet', capacityTonnesPerYear: 50, capacityUnit: 't/yr NdFeB', sourceIds: ['source:test-cur-a'] };
    const first = await edit(LINK, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.link).toMatchObject({ type: 'PRODUCES', sourceIds: ['source:test-cur-a'], properties: { capacityTonnesPerYear: 50, capacityUnit: 't/yr NdFeB' } });
    await edit(LINK, { input });
    const [row] = await api.executor.read('MATCH (:Company {id: "company:test-cur-acme"})-[r:PRODUCES]->(:Product {id: "product:ndfeb-sintered-magnet"}) RETURN count(r) AS n, collect(r.sources) AS sources');
    expect(row).toEqual({ n: 1, sources: [['source:test-cur-a']] });
  });

  it('refuses a link between labels its type does not join', async () => {
    const body = await edit(LINK, { input: { type: 'USES', fromId: 'company:test-cur-acme', toId: 'product:ndfeb-sintered-magnet', sourceIds: ['source:test-cur-a'] } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromId' });
  });

  it('refuses a property the link type does not carry', async () => {
    const body = await edit(LINK, { input: { type: 'MAKES', fromId: 'company:test-cur-acme', toId: 'application:ev-drive-motor', kgPerUnit: 2, sourceIds: ['source:test-cur-a'] } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kgPerUnit' });
  });

  it('refuses a link to an unknown id, and one without a source', async () => {
    const unknown = await edit(LINK, { input: { type: 'SUPPLIES', fromId: 'company:test-cur-acme', toId: 'company:test-cur-ghost', sourceIds: ['source:test-cur-a'] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toId' });
    const unsourced = await edit(LINK, { input: { type: 'MAKES', fromId: 'company:test-cur-acme', toId: 'application:ev-drive-motor' } });
    expect(unsourced.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceIds' });
  });

  it('unlinks, and NOT_FOUND for a link that is not there', async () => {
    const body = await edit('mutation { unlink(type: PRODUCES, fromId: "company:test-cur-acme", toId: "product:ndfeb-sintered-magnet") }');
    expect(body.data.unlink).toBe(true);
    const again = await edit('mutation { unlink(type: PRODUCES, fromId: "company:test-cur-acme", toId: "product:ndfeb-sintered-magnet") }');
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
