import http from 'node:http';
import { readFileSync } from 'node:fs';
import express from 'express';
import cors from 'cors';
import type { Driver } from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { ContestantServer } from './contestant.js';

const TYPE_DEFS = readFileSync(new URL('./reference.graphql', import.meta.url), 'utf8');

/**
 * The reference: @neo4j/graphql v7 (no APOC needed for these reads) over type definitions
 * equivalent to our model, served by Apollo Server through Express the same way as ours.
 * String range filters (period gte/lte) are switched on, as a team filtering months would.
 */
export async function startReference(driver: Driver): Promise<ContestantServer> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: TYPE_DEFS,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    introspection: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use('/graphql', cors(), express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
