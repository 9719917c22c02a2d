import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  /** Most connections (so transactions) open at once; default DEFAULT_MAX_CONNECTION_POOL_SIZE. */
  maxConnectionPoolSize?: number;
}

/**
 * Connections per process, so transactions open at once (NEO4J_MAX_CONNECTION_POOL_SIZE): by default
 * the driver's own 100. Beyond what the pool holds, requests wait in the driver's queue (for at most
 * connectionAcquisitionTimeout) instead of running on Neo4j at once. Size it to the database: the
 * benchmark's A/B on a 2-core machine is in README, Performance, Notes.
 */
export const DEFAULT_MAX_CONNECTION_POOL_SIZE = 100;

/**
 * One driver per process (it owns the connection pool), shared by every request.
 * Integers come back as JS numbers: every integer we store (years, counts) is far below 2^53.
 * Short timeouts so that a request fails fast with SERVICE_UNAVAILABLE when Neo4j is down.
 */
export function createDriver({ uri, username, password, maxConnectionPoolSize = DEFAULT_MAX_CONNECTION_POOL_SIZE }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    // Retries cover a cluster leader switch; kept short so a request fails fast when Neo4j is down.
    maxTransactionRetryTime: 2_000,
    userAgent: 'rare-earth-graph/0.1',
    maxConnectionPoolSize,
  });
}

/** Waits until Bolt answers, for at most `timeoutMs`. */
export async function waitForDatabase(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${(lastError as Error)?.message ?? 'no answer'}`);
}
