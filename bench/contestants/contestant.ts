import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { API_NODE_FLAGS } from '../../src/node-flags.js';
import { loadConfig } from '../../src/config.js';

/**
 * The benchmark's contestants, each served over HTTP from its own process: the three, and
 * `apollo-floor` (the floor's query behind Apollo Server, connection only: apollo-floor.ts), which
 * bounds what any API on Apollo Server can reach against the reference.
 */
export const CONTESTANTS = ['ours', 'reference', 'floor', 'apollo-floor'] as const;
export type ContestantName = (typeof CONTESTANTS)[number];

/**
 * The Node flags each contestant's process starts with: ours runs as `npm start` runs it; the others
 * with Node's defaults (BENCH_FLAGS_<NAME> adds flags for experiments).
 */
export function contestantNodeFlags(name: ContestantName): readonly string[] {
  return name === 'ours' ? API_NODE_FLAGS : [];
}

/**
 * Every contestant's driver pool: the API's (NEO4J_MAX_CONNECTION_POOL_SIZE, else its default), the
 * same for all, so that each queues its transactions in its driver alike.
 */
export function contestantPoolSize(): number {
  return loadConfig({ NEO4J_MAX_CONNECTION_POOL_SIZE: process.env.NEO4J_MAX_CONNECTION_POOL_SIZE }).neo4jMaxConnectionPoolSize;
}

export interface ContestantServer {
  /** Where load is sent: a GraphQL endpoint, or the floor's JSON endpoint. */
  url: string;
  stop(): Promise<void>;
}

/** Starts one contestant over the given driver (each module loaded only when its contestant runs). */
export async function startContestant(kind: ContestantName, driver: Driver): Promise<ContestantServer> {
  switch (kind) {
    case 'ours': return (await import('./ours.js')).startOurs(driver);
    case 'reference': return (await import('./reference.js')).startReference(driver);
    case 'floor': return (await import('./floor.js')).startFloor(driver);
    case 'apollo-floor': return (await import('./apollo-floor.js')).startApolloFloor(driver);
    default: throw new Error(`contestant: expected one of ${CONTESTANTS.join(', ')}, received "${kind as string}"`);
  }
}

/** Listens on a free port of 127.0.0.1; resolves to the port. */
export async function listenLocally(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
