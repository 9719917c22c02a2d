import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const firstError = async (query: string, variables?: Record<string, unknown>) => {
  const body = await api.query(query, variables);
  expect(body.errors, 'an error is returned').toBeDefined();
  return body.errors![0];
};

describe('errors carry documented codes and say what was expected', () => {
  it('NOT_FOUND for an unknown id, by lookup and by node()', async () => {
    expect((await firstError('{ company(id: "company:does-not-exist") { name } }')).extensions?.code).toBe('NOT_FOUND');
    expect((await firstError('{ node(id: "country:XXX") { id } }')).extensions?.code).toBe('NOT_FOUND');
  });

  it('NOT_FOUND when the id belongs to another type than the lookup', async () => {
    expect((await firstError('{ company(id: "country:CHN") { name } }')).extensions?.code).toBe('NOT_FOUND');
  });

  it('BAD_USER_INPUT for a malformed global id, naming the argument', async () => {
    const error = await firstError('{ node(id: "just-text") { id } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('LIMIT_EXCEEDED for a page larger than the maximum: refused, not trimmed', async () => {
    const error = await firstError('{ tradeFlows(first: 1000) { edges { cursor } } }');
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', maximum: 100, received: 1000 });
  });

  it('BAD_USER_INPUT naming the field, the value and the expectation for an invalid period', async () => {
    const error = await firstError('{ tradeFlows(where: { period: { gte: "June 2025" } }) { edges { cursor } } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('period.gte');
    expect(error.message).toContain('June 2025');
    expect(error.message).toContain('YYYY-MM');
  });

  it('BAD_USER_INPUT for a cursor that is not ours', async () => {
    const error = await firstError('{ countries(after: "bm90LWEtY3Vyc29y") { edges { cursor } } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('BAD_USER_INPUT for a cursor longer than any of ours, before it is decoded', async () => {
    const error = await firstError('query ($after: String) { countries(after: $after) { edges { cursor } } }', { after: 'a'.repeat(1001) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(error.message).toContain('at most 1000 characters');
  });

  it('GraphQL validation errors name the unknown field', async () => {
    const error = await firstError('{ countries { edges { node { population } } } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('population');
  });

  it('LIMIT_EXCEEDED for an operation nested deeper than the maximum', async () => {
    const deep = `{ companies { edges { node { ${'country { companies { '.repeat(7)} name ${'} } '.repeat(7)} } } } }`;
    const error = await firstError(deep);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'query depth' });
  });

  it('a document sent again is measured again: refused each time when too deep, answered each time when not', async () => {
    // The server keeps a parsed document and remembers each operation's depth; the answer must not change.
    const deep = `{ companies { edges { node { ${'country { companies { '.repeat(7)} id ${'} } '.repeat(7)} } } } }`;
    const shallow = `{ companies(first: 1) { edges { node { ${'country { companies { '.repeat(2)} id ${'} } '.repeat(2)} } } } }`;
    for (let time = 0; time < 2; time++) {
      expect((await firstError(deep)).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'query depth' });
      const answered = await api.query(shallow);
      expect(answered.errors).toBeUndefined();
      expect(answered.data.companies.edges).toHaveLength(1);
    }
  });

  it('no stack traces outside development', async () => {
    const error = await firstError('{ company(id: "company:does-not-exist") { name } }');
    expect(error.extensions?.stacktrace).toBeUndefined();
  });
});
