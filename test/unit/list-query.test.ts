import { describe, expect, it } from 'vitest';
import { buildListQuery } from '../../src/graph/shared/list-query.js';
import { buildWhere } from '../../src/graph/shared/where-and-sort.js';
import { companyDescriptor } from '../../src/graph/company/company.args.js';
import { tradeFlowDescriptor } from '../../src/graph/trade-flow/trade-flow.args.js';
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
});
