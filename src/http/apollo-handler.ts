import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { corsForBrowsers } from './cors.js';
import { readJsonBody } from './json-body.js';

export interface ApolloHandlerOptions<TContext extends BaseContext> {
  /** Origins browsers may call from (`*`: any); see corsForBrowsers. */
  corsOrigins: string[];
  /** Bodies above this many bytes are refused with 413 (see readJsonBody). */
  bodyLimitBytes: number;
  context: (req: IncomingMessage) => Promise<TContext>;
}

/**
 * The GraphQL endpoint: Apollo Server over Node's own `http` module. After CORS, the request becomes
 * Apollo's HTTPGraphQLRequest and its answer is written back, as Apollo's standalone integration
 * does, with no framework in between (with Express, its router and body-parser, a `{ __typename }`
 * cost 0.37–0.45 ms of CPU; without, 0.17–0.22: `npm run bench:http`). Throws HttpError for bodies
 * refused before GraphQL runs.
 */
export function apolloHandler<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: ApolloHandlerOptions<TContext>) {
  apollo.assertStarted('apolloHandler()');
  const cors = corsForBrowsers(options.corsOrigins);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (cors(req, res)) return;
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown;
    if (method === 'POST') body = await readJsonBody(req, options.bodyLimitBytes);
    else req.resume();
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const searchAt = url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: searchAt === -1 ? '' : url.slice(searchAt), body };
    const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => options.context(req) });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const body = bodyBytes(answer.body.string);
      res.setHeader('content-length', body.length);
      res.end(body);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/**
 * A complete body as the bytes to send. Handed a string, Node prepends the headers to it (to send
 * both in one packet) and UTF-8-encodes the copy on the main thread, slowly: on the benchmark's
 * five-level list (176 kB) at c=64, socket writes took 10.8 % of our server's busy main thread in a
 * CPU profile, and 6.6 % with bytes (README, Performance). A body of ASCII only (its UTF-8 length is
 * its length), as JSON mostly is, is copied byte for byte; any other is encoded as UTF-8.
 */
export function bodyBytes(body: string): Buffer {
  return Buffer.from(body, Buffer.byteLength(body) === body.length ? 'latin1' : 'utf8');
}
