import 'reflect-metadata';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startServer, type RunningServer } from '../../src/server.js';

export interface TestApi {
  config: Config;
  executor: Executor;
  server: RunningServer;
  /** POSTs a GraphQL operation; returns the parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: { dbRoundTrips?: number };
}

/** The real API over the suite's real Neo4j, on a free port. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', NEO4J_URI: inject('neo4jUri'), ...env });
  const driver = createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword, maxConnectionPoolSize: config.neo4jMaxConnectionPoolSize });
  const executor = new Executor(driver, config.neo4jDatabase);
  const server = await startServer(config, executor);
  const url = `http://127.0.0.1:${server.port}/graphql`;
  return {
    config,
    executor,
    server,
    async query(query, variables, headers) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLBody<any>;
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}
