import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Config } from './config.js';
import type { Executor } from './db/executor.js';
import { buildAppSchema } from './schema.js';
import { createContext, type Context } from './context.js';
import { createFormatError } from './format-error.js';
import { requestHooksPlugin } from './plugins/request-hooks.plugin.js';
import { roundTrips } from './plugins/round-trips.js';
import { cacheHeaders } from './plugins/cache-headers.js';
import { depthLimit } from './plugins/depth-limit.js';
import { authCheck } from './plugins/auth-check.js';
import { apolloHandler } from './http/apollo-handler.js';
import { answerFailure, sendError, sendJson } from './http/http-error.js';
import { parseSize } from './http/json-body.js';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 2_000;

/** Apollo Server on Node's http server: GraphQL at /graphql, health checks, CORS, body size limit. */
export async function startServer(config: Config, executor: Executor): Promise<RunningServer> {
  // Created first for the drain plugin; its request handler is added once Apollo has started.
  const httpServer = http.createServer();
  const development = config.nodeEnv === 'development';

  const apollo = new ApolloServer<Context>({
    schema: buildAppSchema(),
    csrfPrevention: true,
    // src/cli/serve.ts owns shutdown: it stops the server, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    // Automatic persisted queries are on by default (in-memory cache); kept explicit here.
    persistedQueries: {},
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(development),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      requestHooksPlugin([
        // Reads may be cached by clients and CDNs for a minute; the graph changes by curation, not by the second.
        cacheHeaders(60),
        depthLimit(config.maxQueryDepth),
        authCheck(),
        ...(config.reportRoundTrips ? [roundTrips()] : []),
      ]),
      config.nodeEnv === 'production'
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
    ],
  });
  await apollo.start();

  const graphql = apolloHandler(apollo, {
    corsOrigins: config.corsOrigins,
    bodyLimitBytes: parseSize(config.requestSizeLimit),
    context: async (req) => createContext(config, executor, req.headers.authorization),
  });
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = pathOf(req.url);
    if (path === '/graphql' || path === '/graphql/') return graphql(req, res);
    req.resume();
    if (path === '/health/live' && isRead(req)) return sendJson(res, 200, { status: 'ok' });
    if (path === '/health/ready' && isRead(req)) return sendJson(res, ...(await readiness(executor)));
    sendError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${path}: GraphQL is at /graphql, health at /health/live and /health/ready.`);
  };
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error) => answerFailure(res, error));
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`, port, stop: () => apollo.stop() };
}

const pathOf = (url = '/') => {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
};
const isRead = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD';

async function readiness(executor: Executor): Promise<[number, unknown]> {
  try {
    await withTimeout(executor.read('RETURN 1 AS ok', {}, 'readiness'), READY_TIMEOUT_MS);
    return [200, { status: 'ready', neo4j: 'up' }];
  } catch (error) {
    return [503, { status: 'unavailable', neo4j: 'down', reason: (error as Error).message }];
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
