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

describe('NEO4J_MAX_CONNECTION_POOL_SIZE bounds the transactions open at once', () => {
  let single: TestApi;
  beforeAll(async () => { single = await startTestApi({ NEO4J_MAX_CONNECTION_POOL_SIZE: '1' }); });
  afterAll(async () => { await single.close(); });

  /** Opens a write transaction that keeps its connection until the returned function is called (which waits for the commit). */
  async function holdTheConnection(executor: Executor): Promise<() => Promise<void>> {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const write = executor.writeTransaction(async (run) => {
      await run('RETURN 1 AS one');
      held();
      await gate;
    }, 'hold the connection');
    await holding;
    return async () => {
      release();
      await write;
    };
  }

  it('with one connection, a read waits while a write transaction holds it, and runs once that commits', async () => {
    const release = await holdTheConnection(single.executor);
    let readDone = false;
    const read = single.executor.read('RETURN 2 AS two').then((rows) => {
      readDone = true;
      return rows;
    });
    // With the driver's default pool the read would take a second connection and finish at once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readDone).toBe(false);
    await release();
    expect(await read).toEqual([{ two: 2 }]);
  });

  it('with one connection held past the acquisition timeout (5 s), a request fails with SERVICE_UNAVAILABLE, and the next one is answered', async () => {
    const release = await holdTheConnection(single.executor);
    const waited = await single.query('{ countries(first: 1) { totalCount } }');
    await release();
    expect(waited.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const after = await single.query('{ countries(first: 1) { totalCount } }');
    expect(after.errors).toBeUndefined();
    expect(after.data.countries.totalCount).toBeGreaterThan(0);
  }, 20_000);

  it('with one connection, concurrent requests of several top-level fields are all answered', async () => {
    const query = '{ countries(first: 2) { totalCount } companies(first: 2) { totalCount edges { node { id } } } products(first: 2) { totalCount } }';
    const answers = await Promise.all(Array.from({ length: 8 }, () => single.query(query)));
    const expected = await api.query(query);
    expect(expected.errors).toBeUndefined();
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected.data);
    }
  });
});
