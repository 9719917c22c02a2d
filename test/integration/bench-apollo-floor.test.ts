import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { OPERATIONS, sendTo } from '../../bench/operations.js';
import { startApolloFloor } from '../../bench/contestants/apollo-floor.js';
import type { ContestantServer } from '../../bench/contestants/contestant.js';
import { startTestApi, type TestApi } from '../helpers/api.js';

const connection = OPERATIONS.find((op) => op.name === 'connection')!;
let api: TestApi;
let driver: Driver;
let apolloFloor: ContestantServer;

beforeAll(async () => {
  api = await startTestApi();
  driver = createDriver({ uri: api.config.neo4jUri!, username: api.config.neo4jUsername, password: api.config.neo4jPassword });
  apolloFloor = await startApolloFloor(driver);
});
afterAll(async () => {
  await apolloFloor?.stop();
  await driver?.close();
  await api?.close();
});

/** The benchmark's `apollo-floor` contestant (the floor's Cypher behind Apollo Server), over the suite's Neo4j. */
describe('bench apollo-floor contestant', () => {
  it('answers our connection document, both pages, exactly as our API does', async () => {
    const ours = await connection.plans.ours!(sendTo(`http://127.0.0.1:${api.server.port}/graphql`));
    const floorBehindApollo = await connection.plans['apollo-floor']!(sendTo(apolloFloor.url));
    expect(floorBehindApollo.canonical).toEqual(ours.canonical);
    expect((ours.canonical as { page1: string[] }).page1.length).toBeGreaterThan(0);
  });

  it('answers a malformed document with a GraphQL error, not a crash', async () => {
    const body = await sendTo(apolloFloor.url)({ query: '{ companies { nope } }' });
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
