import { parseApiTokens, type ApiToken } from './curation/auth.js';
import { DEFAULT_MAX_CONNECTION_POOL_SIZE } from './db/driver.js';

/**
 * Configuration, read from the environment once at start and validated.
 * Every wrong value is reported at once, each with what was expected and what was received.
 */
export type NodeEnv = 'development' | 'test' | 'production';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** When unset, a local Neo4j is fetched through Maven and started (src/neo4j/local-neo4j.ts). */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Most Bolt connections open at once (src/db/driver.ts, DEFAULT_MAX_CONNECTION_POOL_SIZE). */
  neo4jMaxConnectionPoolSize: number;
  /** Where the local Neo4j keeps its data and its resolved classpath (git-ignored). */
  localNeo4jDir: string;
  seedOnStart: boolean;
  corsOrigins: string[];
  requestSizeLimit: string;
  defaultPageSize: number;
  maxPageSize: number;
  maxQueryDepth: number;
  /** Adds `extensions.dbRoundTrips` to every response (tests and the benchmark read it). */
  reportRoundTrips: boolean;
  /** Bearer tokens (API_TOKENS="editor:<token>,reader:<token>"), kept as SHA-256 digests only. */
  apiTokens: ApiToken[];
  /** When true, reads need a token too (any role); mutations always need an editor token. */
  requireTokenForReads: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEV_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.embed.apollographql.com', 'http://localhost:3000', 'http://localhost:5173'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const defaultPageSize = read.integer('DEFAULT_PAGE_SIZE', 20, 1, 1000);
  const maxPageSize = read.integer('MAX_PAGE_SIZE', 100, 1, 1000);
  if (defaultPageSize > maxPageSize) {
    problems.push(`DEFAULT_PAGE_SIZE: expected at most MAX_PAGE_SIZE (${maxPageSize}), received ${defaultPageSize}`);
  }
  const config: Config = {
    nodeEnv,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65535),
    neo4jUri: read.optionalUri('NEO4J_URI', ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc']),
    neo4jUsername: read.string('NEO4J_USERNAME', 'neo4j'),
    neo4jPassword: read.string('NEO4J_PASSWORD', 'neo4j'),
    neo4jDatabase: read.string('NEO4J_DATABASE', 'neo4j'),
    neo4jMaxConnectionPoolSize: read.integer('NEO4J_MAX_CONNECTION_POOL_SIZE', DEFAULT_MAX_CONNECTION_POOL_SIZE, 1, 1000),
    localNeo4jDir: read.string('LOCAL_NEO4J_DIR', '.neo4j'),
    seedOnStart: read.boolean('SEED_ON_START', true),
    corsOrigins: read.list('CORS_ORIGINS', nodeEnv === 'production' ? [] : DEV_ORIGINS),
    requestSizeLimit: read.matching('REQUEST_SIZE_LIMIT', /^\d+(b|kb|mb)$/i, '100kb', 'a size such as 100kb or 1mb'),
    defaultPageSize,
    maxPageSize,
    maxQueryDepth: read.integer('MAX_QUERY_DEPTH', 12, 2, 50),
    reportRoundTrips: read.boolean('REPORT_DB_ROUND_TRIPS', nodeEnv !== 'production'),
    apiTokens: parseApiTokens(env.API_TOKENS, problems),
    requireTokenForReads: read.boolean('REQUIRE_TOKEN_FOR_READS', false),
  };
  if (config.requireTokenForReads && config.apiTokens.length === 0 && !problems.some((p) => p.startsWith('API_TOKENS'))) {
    problems.push('REQUIRE_TOKEN_FOR_READS: expected API_TOKENS to name at least one token when reads need a token, received no API_TOKENS');
  }
  for (const origin of config.corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS: expected origins like https://app.example.org (no path), received "${origin}"`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Reads one variable at a time, recording a problem (not throwing) so all are reported together. */
class EnvReader {
  constructor(private readonly env: NodeJS.ProcessEnv, private readonly problems: string[]) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name}: expected an integer from ${min} to ${max}, received "${value}"`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name}: expected true or false, received "${value}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}: expected one of ${allowed.join(', ')}, received "${value}"`);
    return fallback;
  }

  matching(name: string, pattern: RegExp, fallback: string, expected: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (pattern.test(value)) return value;
    this.problems.push(`${name}: expected ${expected}, received "${value}"`);
    return fallback;
  }

  list(name: string, fallback: string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return value.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
  }

  optionalUri(name: string, schemes: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const scheme = /^([a-z0-9+]+):\/\/[^\s]+$/i.exec(value)?.[1]?.toLowerCase();
    if (!scheme || !schemes.includes(scheme)) {
      this.problems.push(`${name}: expected a URI with scheme ${schemes.join(', ')} (e.g. neo4j://localhost:7687), received "${value}"`);
      return undefined;
    }
    return value;
  }
}
