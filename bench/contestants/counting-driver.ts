import type { Driver } from 'neo4j-driver';

/** What a contestant's driver did: transactions (round trips) and, while recording, each query run. */
export interface DriverLog {
  roundTrips: number;
  /** Transactions running now: the harness waits for 0 so one cell's backlog never leaks into the next. */
  active: number;
  recording: boolean;
  queries: { query: string; params: Record<string, unknown> }[];
  /** While recording: the name each transaction gave itself (our Executor names its operation in the metadata). */
  transactions: string[];
}

/**
 * Wraps a driver so that every managed transaction (executeRead / executeWrite, one round trip
 * each) and every auto-commit `session.run` is counted, whoever calls it: our Executor, the
 * @neo4j/graphql library or the floor. While `log.recording` is on, each query and its parameters
 * are kept so they can be PROFILEd afterwards. The wrapped driver behaves exactly as the original.
 */
export function countingDriver(driver: Driver, log: DriverLog): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return bind(target, Reflect.get(target, property, receiver));
      return (...args: unknown[]) => wrapSession((target.session as (...a: unknown[]) => object)(...args), log);
    },
  });
}

function wrapSession(session: object, log: DriverLog): object {
  const record = (query: string, params: Record<string, unknown> = {}) => {
    if (log.recording) log.queries.push({ query, params });
  };
  const wrapTx = (tx: { run: (q: string, p?: Record<string, unknown>) => unknown }) =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return bind(target, Reflect.get(target, property, receiver));
        return (query: string, params?: Record<string, unknown>) => {
          record(query, params);
          return target.run(query, params);
        };
      },
    });
  return new Proxy(session, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'executeRead' || property === 'executeWrite') {
        return (work: (tx: never) => unknown, config?: unknown) => {
          log.roundTrips += 1;
          log.active += 1;
          const metadata = (config as { metadata?: Record<string, unknown> } | undefined)?.metadata;
          if (log.recording) log.transactions.push(String(metadata?.operation ?? metadata?.type ?? 'transaction'));
          const done = Promise.resolve((value as (w: unknown, c?: unknown) => unknown).call(target, (tx: never) => work(wrapTx(tx) as never), config));
          return done.finally(() => (log.active -= 1));
        };
      }
      if (property === 'run') {
        return (query: string, params?: Record<string, unknown>, config?: unknown) => {
          log.roundTrips += 1;
          record(query, params);
          return (value as (...a: unknown[]) => unknown).call(target, query, params, config);
        };
      }
      return bind(target, value);
    },
  });
}

function bind(target: object, value: unknown): unknown {
  return typeof value === 'function' ? value.bind(target) : value;
}
