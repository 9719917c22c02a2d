import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
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
import { roundTripsPlugin } from './plugins/round-trips.plugin.js';
import { cacheHeadersPlugin } from './plugins/cache-headers.plugin.js';
import { depthLimitPlugin } from './plugins/depth-limit.plugin.js';
import { authPlugin } from './plugins/auth.plugin.js';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 2_000;

/** Express + Apollo Server: GraphQL at /graphql, health checks, CORS, body size limit. */
export async function startServer(config: Config, executor: Executor): Promise<RunningServer> {
  const app = express();
  // No ETag: Express would hash every answer to make one, and GraphQL answers travel over POST,
  // where no client revalidates; reads carry cache-control instead (cacheHeadersPlugin).
  app.set('etag', false);
  const httpServer = http.createServer(app);
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
      // Reads may be cached by clients and CDNs for a minute; the graph changes by curation, not by the second.
      ApolloServerPluginCacheControlDisabled(),
      cacheHeadersPlugin(60),
      depthLimitPlugin(config.maxQueryDepth),
      authPlugin(),
      ...(config.reportRoundTrips ? [roundTripsPlugin()] : []),
      config.nodeEnv === 'production'
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await withTimeout(executor.read('RETURN 1 AS ok', {}, 'readiness'), READY_TIMEOUT_MS);
      res.json({ status: 'ready', neo4j: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', reason: (error as Error).message });
    }
  });

  app.use(
    '/graphql',
    corsForBrowsers(cors<cors.CorsRequest>({ origin: config.corsOrigins.includes('*') ? true : config.corsOrigins, credentials: false, maxAge: 600 })),
    express.json({ limit: config.requestSizeLimit }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(config, executor, req.headers.authorization) }),
  );
  app.use(payloadErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`, port, stop: () => apollo.stop() };
}

/**
 * CORS concerns browsers, and a browser's cross-origin request always carries `Origin`: other
 * requests (servers, scripts, the benchmark) skip the middleware and only get `Vary: Origin`, so
 * that a shared cache never hands their answer to a browser.
 */
function corsForBrowsers(middleware: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => {
    if (req.headers.origin !== undefined || req.method === 'OPTIONS') return middleware(req, res, next);
    res.vary('Origin');
    next();
  };
}

/** Bodies over the limit or not JSON: a JSON error with a code, not Express's HTML page. */
function payloadErrorHandler(error: { type?: string; status?: number; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) {
  if (error?.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `Request body too large: ${error.message}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error?.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
