import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, listCypherFiles } from '../../src/db/cypher.js';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

function sourceText(dir: string): string {
  return readdirSync(dir).map((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceText(path) : readFileSync(path, 'utf8');
  }).join('\n');
}

const files = [...listCypherFiles('queries'), ...listCypherFiles('writes')];

describe('cypher/ query files', () => {
  it.each(files)('%s is used by the code', (name) => {
    expect(sourceText(new URL('../../src', import.meta.url).pathname)).toContain(`'${name}'`);
  });

  it.each(files)('%s compiles (EXPLAIN)', async (name) => {
    await expect(api.executor.read(`EXPLAIN ${cypher(name)}`, {})).resolves.toBeDefined();
  });
});
