import neo4j, { Driver, Neo4jError, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors.js';
import { ProcessBookmarks } from './process-bookmarks.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, any>;
/** Runs one statement inside the caller's transaction (see Executor.writeTransaction). */
export type Run = (query: string, params?: Params) => Promise<Row[]>;

/** Counts database round trips; one per request, read back by tests and the benchmark. */
export interface RoundTripCounter {
  count: number;
}

/**
 * The only place that opens sessions. One session per unit of work (fields resolve
 * concurrently and a session runs one transaction at a time), the database named explicitly,
 * reads through executeRead and writes through executeWrite so cluster routing works, and
 * every session closed in `finally`. All sessions of the process start from the same bookmarks
 * and hand back the ones they end with (ProcessBookmarks), so a read that follows a write sees it,
 * also on a cluster.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly bookmarks: ProcessBookmarks = new ProcessBookmarks(),
    private readonly counter: RoundTripCounter = { count: 0 },
  ) {}

  /** A view of the same executor that counts into another counter (one per request). */
  withCounter(counter: RoundTripCounter): Executor {
    return new Executor(this.driver, this.database, this.bookmarks, counter);
  }

  async read(query: string, params: Params = {}, operation = 'read'): Promise<Row[]> {
    return this.run('READ', query, params, operation);
  }

  async write(query: string, params: Params = {}, operation = 'write'): Promise<Row[]> {
    return this.run('WRITE', query, params, operation);
  }

  /**
   * One write transaction whose statements depend on earlier results (e.g. read a flow's reports,
   * choose the preferred one in TypeScript, store it). `work` may run again on a transient error,
   * so it must not keep state outside the transaction; throwing from it rolls everything back.
   */
  async writeTransaction<T>(work: (run: Run) => Promise<T>, operation = 'write'): Promise<T> {
    const started = this.bookmarks.get();
    const session = this.session('WRITE', started);
    try {
      this.counter.count += 1;
      const result = await session.executeWrite(
        (tx) => work((query, params = {}) => runStatement(tx, query, params)),
        { metadata: { app: 'rare-earth-graph', operation } },
      );
      this.bookmarks.update(started, session.lastBookmarks());
      return result;
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async run(mode: 'READ' | 'WRITE', query: string, params: Params, operation: string): Promise<Row[]> {
    const started = this.bookmarks.get();
    const session = this.session(mode, started);
    try {
      this.counter.count += 1;
      const work = (tx: ManagedTransaction) => runStatement(tx, query, params);
      const config = { metadata: { app: 'rare-earth-graph', operation } };
      const rows = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      this.bookmarks.update(started, session.lastBookmarks());
      return rows;
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE', bookmarks: readonly string[]): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: bookmarks as string[],
    });
  }
}

/**
 * One statement's rows, run with no stack trace captured. The driver captures one for every statement (in its
 * Result, to put on the error if the statement fails) and formats it at once, through source maps
 * under tsx. On the benchmark's page of companies, capturing and formatting stacks took 0.36 of
 * ours' 2.64 ms per request in a CPU profile; skipping it for statements saved about 4 % of our
 * Node CPU (README, Performance; the driver's own capture at commit is out of our reach). The
 * frames it captured were always the driver's, up to the `work` callbacks here, never the resolver
 * that asked (that lies across an await), so a failed statement's error loses nothing of use: its
 * message and code are the server's.
 */
async function runStatement(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let result: ReturnType<ManagedTransaction['run']>;
  try {
    // Only this synchronous call creates the driver's Result (and would capture the trace).
    result = tx.run(query, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return (await result).records.map((record) => record.toObject());
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps driver errors onto our vocabulary; anything else stays an internal error. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || /connect|acquisition|ECONNREFUSED/i.test(error.message))) {
    return new ServiceUnavailableError(error.code);
  }
  return error;
}
