import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

describe('paths', () => {
  it('dysprosium → Ford: shortest first, each path starts at Dy and ends at Ford, one round trip', async () => {
    const body = await api.query(`{ paths(from: "element:Dy", to: "company:ford", maxHops: 4) { length nodes { id } relationships { type source target } } }`);
    expect(body.errors).toBeUndefined();
    const paths = body.data.paths;
    expect(paths.length).toBeGreaterThan(0);
    const lengths = paths.map((path: any) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('element:Dy');
      expect(path.nodes.at(-1).id).toBe('company:ford');
      expect(path.relationships).toHaveLength(path.length);
    }
    expect(paths.map((path: any) => path.nodes.map((n: any) => n.id).join(' ')))
      .toContain('element:Dy product:ndfeb-magnet-dy-tb application:ev-drive-motor company:ford');
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('no path within the bound is an empty list; an unknown end is NOT_FOUND; maxHops 7 is LIMIT_EXCEEDED', async () => {
    const none = await api.query(`{ paths(from: "element:Dy", to: "company:ford", maxHops: 1) { length } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.paths).toEqual([]);
    expect((await api.query(`{ paths(from: "element:Dy", to: "company:nobody") { length } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.query(`{ paths(from: "element:Dy", to: "company:ford", maxHops: 7) { length } }`)).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('subgraph', () => {
  it('every edge\'s endpoints are among the nodes; depth 2 reaches further than depth 1', async () => {
    const one = await api.query(`{ subgraph(ids: ["company:ford"], depth: 1) { nodes { id label name } edges { id type source target } } }`);
    const two = await api.query(`{ subgraph(ids: ["company:ford"], depth: 2) { nodes { id } edges { source target } } }`);
    expect(one.errors).toBeUndefined();
    for (const body of [one, two]) {
      const ids = new Set(body.data.subgraph.nodes.map((node: any) => node.id));
      for (const edge of body.data.subgraph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(one.data.subgraph.nodes.map((node: any) => node.id)).toContain('facility:ford-chicago-assembly');
    expect(two.data.subgraph.nodes.length).toBeGreaterThan(one.data.subgraph.nodes.length);
    expect(one.extensions?.dbRoundTrips).toBe(1);
  });

  it('relationshipTypes restricts the edges', async () => {
    const body = await api.query(`{ subgraph(ids: ["company:ford"], depth: 2, relationshipTypes: [HIT]) { edges { type } } }`);
    expect(new Set(body.data.subgraph.edges.map((edge: any) => edge.type))).toEqual(new Set(['HIT']));
  });

  it('unknown ids are NOT_FOUND; depth 4 is LIMIT_EXCEEDED', async () => {
    expect((await api.query(`{ subgraph(ids: ["company:nobody"]) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.query(`{ subgraph(ids: ["company:ford"], depth: 4) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('search', () => {
  it('finds entities by name and alias prefix across types, best first, in one round trip', async () => {
    const body = await api.query(`{ search(text: "dysprosium") { label score node { id name } } }`);
    expect(body.errors).toBeUndefined();
    const ids = body.data.search.map((hit: any) => hit.node.id);
    expect(ids).toContain('element:Dy');
    const scores = body.data.search.map((hit: any) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.extensions?.dbRoundTrips).toBe(1);
  });

  it('types filter the hits; Lucene operators in the text are taken literally', async () => {
    const body = await api.query(`{ search(text: "Ford (Chicago) AND OR *", types: [Facility]) { label node { id } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.length).toBeGreaterThan(0);
    expect(body.data.search.every((hit: any) => hit.label === 'Facility')).toBe(true);
  });

  it('empty text is BAD_USER_INPUT; first above 50 is LIMIT_EXCEEDED', async () => {
    expect((await api.query(`{ search(text: "  ") { score } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.query(`{ search(text: "magnet", first: 51) { score } }`)).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
