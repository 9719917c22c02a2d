import { describe, expect, it } from 'vitest';
import { nodeRow, READ_WITH, readNode, relationSubqueries, type SubqueryPlan } from '../../src/graph/shared/nested/relation-subqueries.js';
import { countryDescriptor } from '../../src/graph/country/country.args.js';
import { companyDescriptor } from '../../src/graph/company/company.args.js';
import { facilityDescriptor } from '../../src/graph/facility/facility.args.js';
import { SortDirection } from '../../src/graph/shared/enums.js';

const companiesOfCountry = (children: SubqueryPlan[] = []): SubqueryPlan => ({
  relation: { spec: { parent: countryDescriptor.label, type: 'BASED_IN', direction: 'IN', target: companyDescriptor } },
  args: { where: { role: { eq: 'OEM' } }, orderBy: { field: 'NAME', direction: SortDirection.DESC }, first: 5 },
  relationshipProperties: false,
  node: { properties: null, relations: children },
});
const facilitiesOfCompany: SubqueryPlan = {
  relation: { spec: { parent: companyDescriptor.label, type: 'OPERATES', direction: 'OUT', target: facilityDescriptor } },
  args: { where: { country: { eq: 'AUS' } }, orderBy: { field: 'CAPACITY', direction: SortDirection.ASC }, first: 100 },
  relationshipProperties: true,
  node: { properties: ['id', 'name'], relations: [] },
};

describe('relationSubqueries', () => {
  it('nests one CALL per relation, naming each depth apart, projecting what is selected, with every value a parameter', () => {
    const params: Record<string, unknown> = {};
    const query = relationSubqueries([companiesOfCountry([facilitiesOfCompany])], params);
    expect(query).toBe(`CALL (n) {
  MATCH (n)<-[r1:BASED_IN]-(n1:Company)
  WHERE $p0 IN n1.roles
  WITH n1, r1 ORDER BY n1.name DESC, n1.id DESC LIMIT $first_1
  CALL (n1) {
    MATCH (n1)-[r2:OPERATES]->(n2:Facility)
    WHERE EXISTS { MATCH (n2)-[:LOCATED_IN]->(x:Country) WHERE x.iso3 = $p2 }
    WITH n2, r2 ORDER BY coalesce(n2.capacityTonnesPerYear, -1.0) ASC, n2.id ASC LIMIT $first_3
    RETURN collect([n2.id, n2.name, properties(r2)]) AS c2_0
  }
  RETURN collect([n1 {.*}, c2_0]) AS c1_0
}`);
    expect(Object.keys(params)).toEqual(['p0', 'first_1', 'p2', 'first_3']);
    expect(params.p0).toBe('OEM');
    expect(String(params.first_1)).toBe('5');
  });

  it('refuses a property name that is not an identifier', () => {
    const bad = { ...facilitiesOfCompany, node: { properties: ['name} RETURN 1 //'], relations: [] } };
    expect(() => relationSubqueries([bad], {})).toThrow(/expected a property name/);
  });

  it('gives sibling relations their own columns', () => {
    const query = relationSubqueries([companiesOfCountry(), companiesOfCountry()], {});
    expect(query).toContain(') AS c1_0\n}');
    expect(query).toContain(') AS c1_1\n}');
  });

  it('reads a node back from its row in the order nodeRow wrote it, tagging nodes that have relations with their selection', () => {
    const selection = { properties: ['id', 'name'], relations: [companiesOfCountry([facilitiesOfCompany])] };
    expect(nodeRow('n', selection, 0)).toBe('[n.id, n.name, c1_0]');
    const facility = ['f1', 'Mine', { sources: ['s1'] }];
    const company = [{ id: 'c1', name: 'Lynas', roles: ['MINER'] }, [facility]];
    expect(readNode(['AUS', 'Australia', [company]], selection, false)).toEqual({
      id: 'AUS', name: 'Australia', [READ_WITH]: selection,
      __r0: [{
        id: 'c1', name: 'Lynas', roles: ['MINER'], [READ_WITH]: selection.relations[0].node,
        __r0: [{ id: 'f1', name: 'Mine', __rel: { sources: ['s1'] } }],
      }],
    });
  });
});
