import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

/** Everything in the graph, in a stable order, to compare before and after. */
async function snapshot() {
  const [nodes] = await api.executor.read('MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS all');
  const [relationships] = await api.executor.read(
    'MATCH (a)-[r]->(b) WITH a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to RETURN collect([from, type, to, props]) AS all');
  return { nodes: nodes.all, relationships: relationships.all };
}

describe('the seed', () => {
  it('loads idempotently: a second load changes nothing', async () => {
    const before = await snapshot();
    expect(before.nodes.length).toBeGreaterThan(300);
    const summary = await loadSeed(api.executor);
    expect(summary.nodes).toBeGreaterThan(300);
    expect(await snapshot()).toEqual(before);
  });

  it('can be explored from the command line: npm run cypher -- <file> runs a query file', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/cypher.ts', 'cypher/queries/graph-is-empty.cypher'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    expect(JSON.parse(stdout)).toEqual([{ empty: false }]);
  });
});
