import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';
import { DEFAULT_MAX_CONNECTION_POOL_SIZE } from '../../src/db/driver.js';

describe('loadConfig', () => {
  it('has working defaults for a development machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4jUri).toBeUndefined();
    expect(config.maxPageSize).toBe(100);
    expect(config.neo4jMaxConnectionPoolSize).toBe(DEFAULT_MAX_CONNECTION_POOL_SIZE);
  });

  it('reports every wrong value at once, each with what was expected and received', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', MAX_PAGE_SIZE: '0', CORS_ORIGINS: 'https://ok.org,not a url' });
      expect.unreachable('loadConfig should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems).toContain('PORT: expected an integer from 0 to 65535, received "eighty"');
      expect(problems.join('\n')).toContain('NEO4J_URI: expected a URI with scheme');
      expect(problems.join('\n')).toContain('MAX_PAGE_SIZE: expected an integer from 1 to 1000, received "0"');
      expect(problems.join('\n')).toContain('CORS_ORIGINS: expected origins like');
    }
  });

  it('reads the connection pool size, and refuses one below 1', () => {
    expect(loadConfig({ NEO4J_MAX_CONNECTION_POOL_SIZE: '32' }).neo4jMaxConnectionPoolSize).toBe(32);
    expect(() => loadConfig({ NEO4J_MAX_CONNECTION_POOL_SIZE: '0' })).toThrow('NEO4J_MAX_CONNECTION_POOL_SIZE: expected an integer from 1 to 1000, received "0"');
  });

  it('refuses a default page size above the maximum', () => {
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '50', MAX_PAGE_SIZE: '10' })).toThrow(/DEFAULT_PAGE_SIZE: expected at most MAX_PAGE_SIZE/);
  });
});
