import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

/** Bookkeeping numbers that are not figures about the world. */
const NOT_FIGURES = ['reportCount'];

const IS_NUMBER = (v: string) => `(valueType(${v}) STARTS WITH 'INTEGER' OR valueType(${v}) STARTS WITH 'FLOAT')`;

/** Nodes with a number and no source (a trade flow is sourced through its reports). */
const UNSOURCED_NODES = `
  MATCH (n)
  WHERE NOT n:Source
    AND any(key IN keys(n) WHERE NOT key IN $notFigures AND ${IS_NUMBER('n[key]')})
    AND NOT EXISTS { (n)-[:CITES]->(:Source) }
    AND NOT (n:TradeFlow AND EXISTS { (n)<-[:REPORTS]-(:TradeReport)-[:CITES]->(:Source) })
  RETURN n.id AS id ORDER BY id`;

describe('no number without a source', () => {
  it('every node that carries a number cites a source', async () => {
    expect(await api.executor.read(UNSOURCED_NODES, { notFigures: NOT_FIGURES })).toEqual([]);
  });

  it('the node check finds a number that has no source', async () => {
    await api.executor.write(`MERGE (c:Company {id: 'company:test-unsourced'}) SET c.name = 'probe', c.capacity = 10`);
    try {
      const rows = await api.executor.read(UNSOURCED_NODES, { notFigures: NOT_FIGURES });
      expect(rows).toEqual([{ id: 'company:test-unsourced' }]);
    } finally {
      await api.executor.write(`MATCH (c:Company {id: 'company:test-unsourced'}) DETACH DELETE c`);
    }
  });

  it('every relationship that carries a number names sources that exist', async () => {
    const rows = await api.executor.read(`
      MATCH (a)-[r]->(b)
      WHERE any(key IN keys(r) WHERE ${IS_NUMBER('r[key]')})
        AND (coalesce(size(r.sources), 0) = 0 OR any(id IN r.sources WHERE NOT EXISTS { MATCH (s:Source {id: id}) }))
      RETURN a.id AS from, type(r) AS type, b.id AS to`);
    expect(rows).toEqual([]);
  });

  it('every trade report cites exactly one source', async () => {
    const rows = await api.executor.read(`
      MATCH (r:TradeReport) WHERE COUNT { (r)-[:CITES]->(:Source) } <> 1 RETURN r.id AS id`);
    expect(rows).toEqual([]);
  });
});

/** A Figure as the API returns it, in the shape of the expected rows. */
const figureRow = ({ value, unit, sources }: { value: number; unit: string; sources: { id: string }[] }) => ({ value, unit, sourceIds: sources.map((s) => s.id).sort() });

describe('figures on relationships', () => {
  it('every stated kgPerUnit and capacity comes back with its unit ("kg per <perUnit>", "t/yr") and the relationship\'s sources', async () => {
    const expected = await api.executor.read(`
      CALL () {
        MATCH (a:Application)-[r:USES]->(p:Product) WHERE r.kgPerUnit IS NOT NULL
        RETURN 'USES' AS type, p.id AS productId, a.id AS otherId, r.kgPerUnit AS value, 'kg per ' + coalesce(r.perUnit, 'unit') AS unit, r.sources AS sourceIds
        UNION ALL
        MATCH (c:Company)-[r:PRODUCES]->(p:Product) WHERE r.capacityTonnesPerYear IS NOT NULL
        RETURN 'PRODUCES' AS type, p.id AS productId, c.id AS otherId, r.capacityTonnesPerYear AS value, 't/yr' AS unit, r.sources AS sourceIds
      }
      RETURN type, productId, otherId, value, unit, sourceIds ORDER BY type, productId, otherId`);
    const stated = expected.map((row) => ({ ...row, sourceIds: [...row.sourceIds].sort() }));
    expect(stated.length).toBeGreaterThan(0);
    const body = await api.query<{ products: { edges: { node: any }[] } }>(`{ products(first: 100) { edges { node { id
      usedBy(first: 100) { application { id } kgPerUnit { value unit sources { id } } }
      producers(first: 100) { company { id } capacity { value unit sources { id } } } } } } }`);
    expect(body.errors).toBeUndefined();
    const got = body.data!.products.edges.flatMap(({ node }) => [
      ...node.usedBy.filter((u: any) => u.kgPerUnit).map((u: any) => ({ type: 'USES', productId: node.id, otherId: u.application.id, ...figureRow(u.kgPerUnit) })),
      ...node.producers.filter((s: any) => s.capacity).map((s: any) => ({ type: 'PRODUCES', productId: node.id, otherId: s.company.id, ...figureRow(s.capacity) })),
    ]);
    const key = (row: any) => `${row.type} ${row.productId} ${row.otherId}`;
    expect(got.sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(stated.sort((a, b) => (key(a) < key(b) ? -1 : 1)));
  });
});
