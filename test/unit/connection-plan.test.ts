import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { buildAppSchema } from '../../src/schema.js';
import { connectionPlan } from '../../src/graph/shared/nested/connection-plan.js';

const CONFIG = { defaultPageSize: 20, maxPageSize: 100 };

/**
 * The parts of a resolver's info that planning reads, for the root field of `document` as graphql-js
 * would give them. No database: planning is pure.
 */
function infoFor(document: ReturnType<typeof parse>, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const schema = buildAppSchema();
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  const returnType = schema.getQueryType()!.getFields()[field.name.value].type;
  return { schema, fieldNodes: [field], fragments, returnType, variableValues } as unknown as GraphQLResolveInfo;
}

describe('connectionPlan', () => {
  it('plans the properties and relations selected under edges.node, and whether totalCount is', () => {
    const plan = connectionPlan(infoFor(parse('{ companies(first: 2) { totalCount edges { node { id name country { iso3 } } } } }')), 'Company', CONFIG);
    expect(plan.withTotal).toBe(true);
    expect(plan.selection.properties).toEqual(['id', 'name']);
    expect(plan.selection.relations.map((relation) => relation.field.name.value)).toEqual(['country']);
  });

  it('makes the plan of a document without variables in its selection once, whatever the field\'s own arguments', () => {
    const document = parse('query Page($after: String) { companies(first: 2, after: $after) { edges { node { id name } } } }');
    const first = connectionPlan(infoFor(document, { after: null }), 'Company', CONFIG);
    const again = connectionPlan(infoFor(document, { after: 'x' }), 'Company', CONFIG);
    expect(again).toBe(first);
    expect(first.withTotal).toBe(false);
  });

  it('plans again for another page-size configuration', () => {
    const document = parse('{ companies { edges { node { id facilities(first: 30) { id } } } } }');
    const roomy = connectionPlan(infoFor(document), 'Company', CONFIG);
    const tight = connectionPlan(infoFor(document), 'Company', { defaultPageSize: 10, maxPageSize: 25 });
    expect(roomy.selection.relations).toHaveLength(1);
    // Above the maximum the relation is left to its own resolver, which reports LIMIT_EXCEEDED.
    expect(tight.selection.relations).toHaveLength(0);
  });

  it('plans afresh each time when a variable in the selection can change it', () => {
    const document = parse('query Q($withName: Boolean!, $n: Int) { companies { edges { node { id name @include(if: $withName) facilities(first: $n) { id } } } } }');
    const withName = connectionPlan(infoFor(document, { withName: true, n: 3 }), 'Company', CONFIG);
    const without = connectionPlan(infoFor(document, { withName: false, n: 5 }), 'Company', CONFIG);
    expect(withName.selection.properties).toEqual(['id', 'name']);
    expect(without.selection.properties).toEqual(['id']);
    expect(withName.selection.relations[0].args.first).toBe(3);
    expect(without.selection.relations[0].args.first).toBe(5);
  });

  it('plans afresh when the variable is in a fragment the selection spreads', () => {
    const document = parse(`query Q($withName: Boolean!) { companies { edges { node { ...Named } } } }
      fragment Named on Company { id name @include(if: $withName) }`);
    expect(connectionPlan(infoFor(document, { withName: true }), 'Company', CONFIG).selection.properties).toEqual(['id', 'name']);
    expect(connectionPlan(infoFor(document, { withName: false }), 'Company', CONFIG).selection.properties).toEqual(['id']);
  });
});
