import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, print, Kind, type OperationDefinitionNode } from 'graphql';
import { startTestApi, type TestApi } from '../helpers/api.js';

const EXAMPLES = new URL('../../schema/examples.graphql', import.meta.url);
const document = parse(readFileSync(EXAMPLES, 'utf8'));
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => print(d)).join('\n');

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

describe('schema/examples.graphql: every ready-made operation runs', () => {
  it('has examples', () => expect(operations.length).toBeGreaterThan(5));

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))('%s', async (_name, operation) => {
    const body = await api.query(`${print(operation)}\n${fragments}`);
    expect(body.errors).toBeUndefined();
    const values = Object.values(body.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toBeNull();
  });
});
