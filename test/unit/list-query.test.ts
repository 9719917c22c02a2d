import { describe, expect, it } from 'vitest';
import { buildListQuery, readPage } from '../../src/graph/shared/list-query.js';
import { buildWhere } from '../../src/graph/shared/where-and-sort.js';
import { companyDescriptor } from '../../src/graph/company/company.args.js';
import { tradeFlowDescriptor } from '../../src/graph/trade-flow/trade-flow.args.js';
import { countryDescriptor } from '../../src/graph/country/country.args.js';
import type { SubqueryPlan } from '../../src/graph/shared/nested/relation-subqueries.js';
import { encodeCursor } from '../../src/graph/shared/cursor.js';
import { SortDirection } from '../../src/graph/shared/enums.js';

describe('buildWhere', () => {
  it('turns every condition into a parameter, never into query text', () => {
    const params: Record<string, unknown> = {};
    const clauses = buildWhere(tradeFlowDescriptor, { exporter: { eq: "CHN' OR 1=1" }, period: { gte: '2025-01', lte: '2025-06' } }, params);
    expect(clauses).toEqual(['n.exporterIso3 = $p0', 'n.period >= $p1 AND n.period <= $p2']);
    expect(params).toEqual({ p0: "CHN' OR 1=1", p1: '2025-01', p2: '2025-06' });
  });

  it('filters on a neighbour through EXISTS and on list properties by membership', () => {
    const params: Record<string, unknown> = {};
    const clauses = buildWhere(companyDescriptor, { country: { eq: 'USA' }, role: { eq: 'OEM' } }, params);
    expect(clauses).toEqual(['EXISTS { MATCH (n)-[:BASED_IN]->(x:Country) WHERE x.iso3 = $p0 }', '$p1 IN n.roles']);
  });

  it('refuses fields and operators outside the whitelist', () => {
    expect(() => buildWhere(companyDescriptor, { password: { eq: 'x' } }, {})).toThrow(/where.password/);
    expect(() => buildWhere(companyDescriptor, { role: { contains: 'O' } }, {})).toThrow(/where.role.contains/);
  });
});

describe('buildListQuery', () => {
  it('asks for one row more than the page and counts only when the total is wanted', () => {
    const plain = buildListQuery(tradeFlowDescriptor, { first: 20, withTotal: false });
    expect(String(plain.params.limit)).toBe('21');
    expect(plain.query).not.toContain('count(n)');
    expect(buildListQuery(tradeFlowDescriptor, { first: 20, withTotal: true }).query).toContain('count(n) AS total');
  });

  it('continues after a cursor with a keyset condition on (sort value, id), descending when asked', () => {
    const after = encodeCursor({ sort: 'QUANTITY:DESC', value: 352.8, id: 'flow:b' });
    const built = buildListQuery(tradeFlowDescriptor, { first: 5, after, orderBy: { field: 'QUANTITY', direction: SortDirection.DESC }, withTotal: false });
    expect(built.query).toContain('coalesce(n.quantityTonnes, -1.0) <= $afterValue AND (coalesce(n.quantityTonnes, -1.0) < $afterValue OR n.id < $afterId)');
    expect(built.query).toContain('ORDER BY sortValue DESC, n.id DESC');
    expect(built.params).toMatchObject({ afterValue: 352.8, afterId: 'flow:b' });
  });

  it('refuses a cursor taken under another sort order', () => {
    const after = encodeCursor({ sort: 'PERIOD:ASC', value: '2025-06', id: 'flow:a' });
    expect(() => buildListQuery(tradeFlowDescriptor, { first: 5, after, orderBy: { field: 'QUANTITY', direction: SortDirection.ASC }, withTotal: false }))
      .toThrow(/same orderBy/);
  });

  it('refuses a cursor that is not one of ours', () => {
    expect(() => buildListQuery(tradeFlowDescriptor, { first: 5, after: 'not-a-cursor', withTotal: false })).toThrow(/a cursor returned by this field/);
  });

  it('returns a flat page as one record, and a page with relations one record per node', () => {
    const flat = buildListQuery(tradeFlowDescriptor, { first: 20, withTotal: true });
    expect(flat.oneRecord).toBe(true);
    expect(flat.query).toContain('AS rows\n}\nRETURN total, rows');
    expect(flat.query).toContain('RETURN collect([sortValue, ');
    const companies: SubqueryPlan = {
      relation: { spec: { parent: countryDescriptor.label, type: 'BASED_IN', direction: 'IN', target: companyDescriptor } },
      args: { first: 5 },
      relationshipProperties: false,
      node: { properties: ['id'], relations: [] },
    };
    const nested = buildListQuery(countryDescriptor, { first: 20, withTotal: true, selection: { properties: ['id'], relations: [companies] } });
    expect(nested.oneRecord).toBe(false);
    expect(nested.query).toContain('RETURN node, sortValue, total');
  });
});

describe('readPage', () => {
  const flat = buildListQuery(tradeFlowDescriptor, { first: 2, withTotal: true });
  const perNode = { ...flat, oneRecord: false };
  // The sort value differs from everything in the node, so reading one for the other shows.
  const row = (id: string) => ({ node: [id], sortValue: `${id}-sort` });

  it('reads the total and the rows of a page returned as one record, an empty one too', () => {
    const pair = (id: string) => [`${id}-sort`, [id]];
    expect(readPage(flat, [{ total: 7, rows: [pair('a'), pair('b')] }])).toEqual({ total: 7, rows: [row('a'), row('b')] });
    expect(readPage(flat, [{ total: 0, rows: [] }])).toEqual({ total: 0, rows: [] });
    expect(readPage(flat, [{ total: null, rows: [] }])).toEqual({ total: null, rows: [] });
  });

  it('reads a page returned one record per node, and an empty one (a single row with a null node)', () => {
    const page = readPage(perNode, [{ ...row('a'), total: 7 }, { ...row('b'), total: 7 }]);
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.node)).toEqual([['a'], ['b']]);
    expect(readPage(perNode, [{ node: null, sortValue: null, total: 0 }])).toEqual({ total: 0, rows: [] });
  });
});
