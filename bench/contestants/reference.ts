import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { apolloHandler } from '../../src/http/apollo-handler.js';
import { answerFailure } from '../../src/http/http-error.js';
import type { ContestantServer } from './contestant.js';

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
  const schema = await neoSchema.getSchema();
  const httpServer = http.createServer();
  const apollo = new ApolloServer({
    schema,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    introspection: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const graphql = apolloHandler(apollo, { corsOrigins: ['*'], bodyLimitBytes: 100 * 1024, context: async () => ({}) });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    graphql(req, res).catch((error) => answerFailure(res, error));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
