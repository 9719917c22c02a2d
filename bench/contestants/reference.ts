import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { ContestantServer } from './contestant.js';
import { serveApollo } from './serve-apollo.js';

const TYPE_DEFS = readFileSync(new URL('./reference.graphql', import.meta.url), 'utf8');

/**
 * The reference: @neo4j/graphql v7 (no APOC needed for these reads) over type definitions
 * equivalent to our model, served by Apollo Server over Node's http module the same way as ours
 * (src/http: the same handler, CORS and body limit).
 * String range filters (period gte/lte) are switched on, as a team filtering months would.
 */
export async function startReference(driver: Driver): Promise<ContestantServer> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: TYPE_DEFS,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  });
  return serveApollo(await neoSchema.getSchema());
}
