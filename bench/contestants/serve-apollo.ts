import http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { apolloHandler } from '../../src/http/apollo-handler.js';
import { answerFailure } from '../../src/http/http-error.js';
import { listenLocally, type ContestantServer } from './contestant.js';

/**
 * A schema served by Apollo Server over Node's http module the same way as ours (src/http: the
 * same handler, CORS and body limit), with Apollo's defaults and any `plugins` given: the
 * reference and apollo-floor.
 */
export async function serveApollo(schema: GraphQLSchema, plugins: ApolloServerPlugin[] = []): Promise<ContestantServer> {
  const httpServer = http.createServer();
  const apollo = new ApolloServer({
    schema,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    introspection: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...plugins],
  });
  await apollo.start();
  const graphql = apolloHandler(apollo, { corsOrigins: ['*'], bodyLimitBytes: 100 * 1024, context: async () => ({}) });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    graphql(req, res).catch((error) => answerFailure(res, error));
  });
  const port = await listenLocally(httpServer);
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
