import { describe, expect, it } from 'vitest';
import {
  execute, getArgumentValues, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse,
} from 'graphql';
import { memoizeArgumentValues } from '../../src/graph/shared/memoized-arguments.js';

/**
 * A list of three items whose fields record the arguments object each resolution received, so a
 * test can see whether siblings shared one. Pure graphql-js: no database is involved.
 */
function recordingSchema(seen: Record<string, unknown>[]) {
  const item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      label: {
        type: GraphQLString,
        args: { prefix: { type: GraphQLString }, times: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (id: number, args) => {
          seen.push(args);
          return `${args.prefix ?? ''}${id}`.repeat(args.times as number);
        },
      },
      id: { type: GraphQLInt, resolve: (id: number, args) => (seen.push(args), id) },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { items: { type: new GraphQLList(item), resolve: () => [1, 2, 3] } } }),
  });
}

const run = (schema: GraphQLSchema, query: string, variableValues: Record<string, unknown> = {}) =>
  execute({ schema, document: parse(query), variableValues }) as Promise<{ data?: any; errors?: readonly Error[] }> | { data?: any; errors?: readonly Error[] };

describe('memoized argument values', () => {
  it('under a list, every item of a memoized schema receives one frozen arguments object, with the right values', async () => {
    const seen: Record<string, unknown>[] = [];
    const schema = recordingSchema(seen);
    memoizeArgumentValues(schema);
    const result = await run(schema, 'query ($p: String) { items { label(prefix: $p, times: 2) } }', { p: 'x' });
    expect(result.errors).toBeUndefined();
    expect(result.data.items.map((i: { label: string }) => i.label)).toEqual(['x1x1', 'x2x2', 'x3x3']);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    expect({ ...seen[0] }).toEqual({ prefix: 'x', times: 2 });
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it('a field without arguments gets an empty frozen object', async () => {
    const seen: Record<string, unknown>[] = [];
    const schema = recordingSchema(seen);
    memoizeArgumentValues(schema);
    await run(schema, '{ items { id } }');
    expect(seen.map((args) => Object.keys(args).length)).toEqual([0, 0, 0]);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it('new variables give new values: the same document run again with another $p', async () => {
    const seen: Record<string, unknown>[] = [];
    const schema = recordingSchema(seen);
    memoizeArgumentValues(schema);
    const document = 'query ($p: String) { items { label(prefix: $p, times: 1) } }';
    const first = await run(schema, document, { p: 'a' });
    const second = await run(schema, document, { p: 'b' });
    expect(first.data.items[0].label).toBe('a1');
    expect(second.data.items[0].label).toBe('b1');
    expect(seen[0]).not.toBe(seen[3]);
  });

  it('errors are not memoized: a missing non-null argument fails at every item, with the errors graphql-js gives alone', async () => {
    const query = 'query ($t: Int) { items { label(times: $t) } }';
    const plain = await run(recordingSchema([]), query, {});
    const schema = recordingSchema([]);
    memoizeArgumentValues(schema);
    const memoized = await run(schema, query, {});
    expect(memoized.data).toEqual({ items: [{ label: null }, { label: null }, { label: null }] });
    expect(memoized.errors?.map((e) => e.message)).toHaveLength(3);
    expect(memoized.errors?.map((e) => e.message)).toEqual(plain.errors?.map((e) => e.message));
    expect(memoized.data).toEqual(plain.data);
  });

  it('fields of a schema that was not memoized get fresh objects, as before', async () => {
    const seen: Record<string, unknown>[] = [];
    const schema = recordingSchema(seen);
    await run(schema, '{ items { label(times: 1) } }');
    expect(new Set(seen).size).toBe(3);
    expect(Object.isFrozen(seen[0])).toBe(false);
  });

  it('the public getArgumentValues answers the same for a memoized field', () => {
    const schema = recordingSchema([]);
    memoizeArgumentValues(schema);
    const field = (schema.getType('Item') as GraphQLObjectType).getFields().label;
    const operation = parse('{ items { label(prefix: "p", times: 3) } }').definitions[0] as any;
    const node = operation.selectionSet.selections[0].selectionSet.selections[0];
    expect({ ...getArgumentValues(field, node, {}) }).toEqual({ prefix: 'p', times: 3 });
  });
});
