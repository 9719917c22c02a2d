import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await startTestApi({ CORS_ORIGINS: 'https://app.example.org', REQUEST_SIZE_LIMIT: '10kb' });
  base = `http://127.0.0.1:${api.server.port}`;
});
afterAll(async () => { await api.close(); });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('health', () => {
  it('is live and ready while Neo4j answers', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: 'up' });
  });

  it('is live but not ready, and queries fail fast with SERVICE_UNAVAILABLE, when Neo4j does not answer', async () => {
    const down = await startTestApi({ NEO4J_URI: 'bolt://127.0.0.1:9' });
    try {
      const downBase = `http://127.0.0.1:${down.server.port}`;
      expect((await fetch(`${downBase}/health/live`)).status).toBe(200);
      expect((await fetch(`${downBase}/health/ready`)).status).toBe(503);
      const body = await down.query('{ countries { edges { cursor } } }');
      expect(body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});

describe('for frontends', () => {
  it('answers CORS for an allowed origin and not for another', async () => {
    const allowed = await post({ query: '{ __typename }' }, { origin: 'https://app.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const other = await post({ query: '{ __typename }' }, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight, and tells caches that answers vary by origin even without one', async () => {
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS', headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const noOrigin = await post({ query: '{ __typename }' });
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
    expect(noOrigin.headers.get('vary')).toContain('Origin');
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ countries(first: 1) { edges { node { id } } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const miss = (await (await post({ extensions })).json()) as any;
    expect(miss.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await post({ query, extensions });
    const hit = (await (await post({ extensions })).json()) as any;
    expect(hit.errors).toBeUndefined();
    expect(hit.data.countries.edges).toHaveLength(1);
  });

  it('sends the exact bytes and length of an answer, with characters beyond ASCII or without', async () => {
    // NOT_FOUND repeats the id asked for, so this answer holds characters beyond ASCII (the UTF-8 path).
    const id = 'country:Việt Nam → 中国 😀';
    const answers = [{ query: `{ node(id: ${JSON.stringify(id)}) { id } }`, check: (body: any) => expect(body.errors[0].message).toContain(id) },
      { query: '{ __typename }', check: (body: any) => expect(body.data.__typename).toBe('Query') }];
    for (const { query, check } of answers) {
      const response = await post({ query });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
      check(JSON.parse(bytes.toString('utf8')));
    }
  });

  it('sends cache-control hints on reads', async () => {
    const response = await post({ query: '{ countries(first: 1) { edges { node { id } } } }' });
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('marks answers with errors and mutations as not to be stored', async () => {
    const failed = await post({ query: '{ country(id: "country:XXX") { id } }' });
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const mutation = await post({ query: 'mutation { upsertSource(input: {id: "x"}) { id } }' });
    expect(mutation.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over the size limit with a JSON error', async () => {
    const response = await post({ query: `{ __typename } # ${'x'.repeat(20_000)}` });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized body sent in chunks, without a length, and keeps serving', async () => {
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const request = http.request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      });
      request.on('error', reject);
      request.write(`{"query": "{ __typename }", "padding": "`);
      for (let i = 0; i < 20; i++) request.write('x'.repeat(1_000));
      request.end('"}');
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(((await (await post({ query: '{ __typename }' })).json()) as any).data.__typename).toBe('Query');
  });
});

describe('bad requests get a JSON error with a code', () => {
  const raw = (body: string, contentType: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const response = await raw('{"query": "{ __typename }"', 'application/json');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a body that is not JSON: 400 BAD_REQUEST', async () => {
    const response = await raw('query=%7B__typename%7D', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a charset other than UTF-8: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await raw(JSON.stringify({ query: '{ __typename }' }), 'application/json; charset=latin1');
    expect(response.status).toBe(415);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a path that serves nothing: 404 NOT_FOUND, naming where GraphQL is', async () => {
    const response = await fetch(`${base}/graphq1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
    const error = ((await response.json()) as any).errors[0];
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toContain('/graphql');
  });
});
