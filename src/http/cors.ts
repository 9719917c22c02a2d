import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * CORS for the allowed origins (`*`: any). It concerns browsers, and a browser's cross-origin
 * request always carries `Origin`: other requests (servers, scripts, the benchmark) skip the
 * middleware and only get `Vary: Origin`, so that a shared cache never hands their answer to a
 * browser. Resolves true when the request is answered already (a preflight).
 */
export function corsForBrowsers(origins: string[]): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const middleware = cors({ origin: origins.includes('*') ? true : origins, credentials: false, maxAge: 600 });
  return (req, res) => {
    if (req.headers.origin === undefined && req.method !== 'OPTIONS') {
      res.setHeader('vary', 'Origin');
      return Promise.resolve(false);
    }
    return new Promise((resolve, reject) => {
      // A preflight is answered by the middleware itself, which then never calls next.
      res.once('finish', () => resolve(true));
      middleware(req as cors.CorsRequest, res, (error?: unknown) => (error ? reject(error) : resolve(false)));
    });
  };
}
