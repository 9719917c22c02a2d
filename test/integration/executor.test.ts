import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int, Neo4jError } from 'neo4j-driver';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { Executor } from '../../src/db/executor.js';
import { ProcessBookmarks } from '../../src/db/process-bookmarks.js';
import { createDriver } from '../../src/db/driver.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('the statement should have failed'), (error: unknown) => error);

describe('Executor runs statements without the driver capturing a stack trace for each', () => {
  it('a failed read rejects with the server code and message, and no stack of driver frames', async () => {
    const error = await failure(api.executor.read('RETURN 1 / $zero AS x', { zero: int(0) }));
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect((error as Neo4jError).message).toContain('/ by zero');
    // Captured with the driver's default, the stack lists its own frames (neo4j-driver-core/lib/result.js, ...).
    expect((error as Error).stack).not.toContain('neo4j-driver-core');
  });

  it('a failed statement of a write transaction rejects the same way', async () => {
    const error = await failure(api.executor.writeTransaction((run) => run('RETURN 1 / $zero AS x', { zero: int(0) }), 'failing write'));
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect((error as Error).stack).not.toContain('neo4j-driver-core');
  });

  it('leaves Error.stackTraceLimit as it found it, after a statement that succeeds and one that fails', async () => {
    const before = Error.stackTraceLimit;
    expect(await api.executor.read('RETURN $value AS value', { value: 7 })).toEqual([{ value: 7 }]);
    await failure(api.executor.read('RETURN 1 / $zero AS x', { zero: int(0) }));
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('here').stack).toContain('executor.test.ts');
  });
});

describe('Executor chains every transaction of the process through the same bookmarks', () => {
  it('holds the bookmark of the latest write, and a read of the unchanged graph leaves it as it was', async () => {
    const { config } = api;
    const driver = createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword });
    const bookmarks = new ProcessBookmarks();
    const executor = new Executor(driver, config.neo4jDatabase, bookmarks);
    try {
      const marker = `executor-bookmarks-${Date.now()}`;
      await executor.write('CREATE (:BookmarkProbe {marker: $marker})', { marker }, 'bookmark probe');
      const afterWrite = bookmarks.get();
      expect(afterWrite).toHaveLength(1);

      // Another view of the executor (one per request) shares the bookmarks, and reads the write.
      const rows = await executor.withCounter({ count: 0 }).read('MATCH (p:BookmarkProbe {marker: $marker}) RETURN count(p) AS n', { marker });
      expect(rows).toEqual([{ n: 1 }]);
      expect(bookmarks.get()).toEqual(afterWrite);

      await executor.writeTransaction((run) => run('MATCH (p:BookmarkProbe {marker: $marker}) DELETE p', { marker }), 'bookmark probe cleanup');
      expect(bookmarks.get()).toHaveLength(1);
      expect(bookmarks.get()).not.toEqual(afterWrite);
    } finally {
      await driver.close();
    }
  });
});
