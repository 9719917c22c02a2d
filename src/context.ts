import type { Config } from './config.js';
import type { Executor, RoundTripCounter } from './db/executor.js';
import { Loaders } from './graph/shared/loaders.js';
import { authenticate, type Caller } from './curation/auth.js';

/** Recreated per request: its own loaders (no cache shared between callers) and round-trip counter. */
export interface Context {
  config: Config;
  db: Executor;
  loaders: Loaders;
  roundTrips: RoundTripCounter;
  /** Who is calling, from the Authorization header (src/curation/auth.ts); checked by the auth plugin and by mutations. */
  caller: Caller;
}

export function createContext(config: Config, executor: Executor, authorization?: string): Context {
  const roundTrips: RoundTripCounter = { count: 0 };
  const db = executor.withCounter(roundTrips);
  return { config, db, loaders: new Loaders(db), roundTrips, caller: authenticate(authorization, config.apiTokens) };
}
