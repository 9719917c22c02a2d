import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { asEditor, asReader, removeTestData, TOKENS_ENV } from '../helpers/curation.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(TOKENS_ENV); });
afterAll(async () => {
  await removeTestData(api.executor, ['source:test-auth-']);
  await api.close();
});

const CREATE = 'mutation { upsertSource(input: { id: "source:test-auth-1", title: "Auth test source" }) { id title } }';

describe('curation needs an editor token; reads stay open', () => {
  it('refuses a mutation without a token with UNAUTHENTICATED, and writes nothing', async () => {
    const body = await api.query(CREATE);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await api.executor.read('OPTIONAL MATCH (s:Source {id: "source:test-auth-1"}) RETURN s IS NOT NULL AS found');
    expect(row.found).toBe(false);
  });

  it('refuses a mutation with a read-only token with FORBIDDEN', async () => {
    const body = await api.query(CREATE, {}, asReader);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong token with UNAUTHENTICATED, for mutations and reads alike', async () => {
    const wrong = { authorization: 'Bearer not-the-right-token-at-all-000' };
    expect((await api.query(CREATE, {}, wrong)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.query('{ country(id: "country:CHN") { name } }', {}, wrong)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed Authorization header with UNAUTHENTICATED', async () => {
    expect((await api.query(CREATE, {}, { authorization: 'Basic abc' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the editor token', async () => {
    const body = await api.query(CREATE, {}, asEditor);
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertSource).toEqual({ id: 'source:test-auth-1', title: 'Auth test source' });
  });

  it('serves reads without a token, and with a reader token', async () => {
    expect((await api.query('{ country(id: "country:CHN") { iso3 } }')).data?.country.iso3).toBe('CHN');
    expect((await api.query('{ country(id: "country:CHN") { iso3 } }', {}, asReader)).data?.country.iso3).toBe('CHN');
  });
});

describe('REQUIRE_TOKEN_FOR_READS=true', () => {
  let closed: TestApi;
  beforeAll(async () => { closed = await startTestApi({ ...TOKENS_ENV, REQUIRE_TOKEN_FOR_READS: 'true' }); });
  afterAll(async () => { await closed.close(); });

  it('refuses an anonymous read with UNAUTHENTICATED and serves a reader', async () => {
    expect((await closed.query('{ country(id: "country:CHN") { iso3 } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await closed.query('{ country(id: "country:CHN") { iso3 } }', {}, asReader)).data?.country.iso3).toBe('CHN');
  });
});
