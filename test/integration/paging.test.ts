import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const PAGE = `query Page($after: String, $where: TradeFlowWhere, $orderBy: TradeFlowOrderBy) {
  tradeFlows(first: 7, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id period quantityTonnes exporterIso3 } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

/** Walks every page; returns the ids in order and the totals reported on each page. */
async function walk(variables: Record<string, unknown>) {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const body: { data?: any; errors?: unknown[] } = await api.query(PAGE, { ...variables, after });
    expect(body.errors).toBeUndefined();
    const connection: any = body.data.tradeFlows;
    ids.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
    totals.push(connection.totalCount);
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!connection.pageInfo.hasNextPage) return { ids, totals };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

describe('filters, ordering and keyset paging', () => {
  it('pages through all flows sorted by quantity, descending, exactly as the database orders them', async () => {
    const { ids, totals } = await walk({ orderBy: { field: 'QUANTITY', direction: 'DESC' } });
    const expected = await api.executor.read(
      'MATCH (n:TradeFlow) RETURN n.id AS id ORDER BY coalesce(n.quantityTonnes, -1.0) DESC, n.id DESC');
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(14);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('filters by exporter and a period range, sorted by period, across page boundaries', async () => {
    const where = { exporter: { eq: 'CHN' }, importer: { eq: 'WLD' }, period: { gte: '2025-01', lte: '2025-12' } };
    const { ids, totals } = await walk({ where, orderBy: { field: 'PERIOD', direction: 'ASC' } });
    const expected = await api.executor.read(
      `MATCH (n:TradeFlow) WHERE n.exporterIso3 = 'CHN' AND n.importerIso3 = 'WLD' AND n.period >= '2025-01' AND n.period <= '2025-12'
       RETURN n.id AS id ORDER BY n.period, n.id`);
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(ids.length).toBeGreaterThan(7);
    expect(totals[0]).toBe(expected.length);
  });

  it('returns an empty page, not an error, for a filter nothing matches', async () => {
    const body = await api.query(PAGE, { where: { period: { eq: '1999-01' } } });
    expect(body.errors).toBeUndefined();
    expect(body.data.tradeFlows).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters companies by role and country, and text-searches names', async () => {
    const body = await api.query(`{
      oems: companies(where: { role: { eq: "OEM" }, country: { eq: "USA" } }, first: 100) { edges { node { id roles } } }
      named: countries(where: { name: { contains: "china" } }) { edges { node { iso3 } } }
    }`);
    expect(body.errors).toBeUndefined();
    const oems = body.data.oems.edges.map((edge: { node: { id: string; roles: string[] } }) => edge.node);
    expect(oems.map((c: { id: string }) => c.id)).toContain('company:ford');
    for (const company of oems) expect(company.roles).toContain('OEM');
    expect(body.data.named.edges.map((edge: { node: { iso3: string } }) => edge.node.iso3)).toContain('CHN');
  });
});
