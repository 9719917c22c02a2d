import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * CORS for the allowed origins (`*`: any). It concerns browsers, and a browser's cross-origin
 * request always carries `Origin`: other requests (servers, scripts, the benchmark) skip the
 * middleware and only get `Vary: Origin`, so that a shared cache never hands their answer to a
 * browser. Returns true when it answered the request itself (a preflight, 204).
 */
export function corsForBrowsers(origins: string[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  const middleware = cors({ origin: origins.includes('*') ? true : origins, credentials: false, maxAge: 600 });
  return (req, res) => {
    if (req.headers.origin === undefined && req.method !== 'OPTIONS') {
      res.setHeader('vary', 'Origin');
      return false;
    }
    // With fixed options the middleware runs synchronously and never fails: it sets the headers,
    // and ends a preflight itself instead of calling next.
    middleware(req as cors.CorsRequest, res, () => {});
    return res.writableEnded;
  };
}
