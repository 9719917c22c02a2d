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
