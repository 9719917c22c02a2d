import type { RequestHooks } from './request-hooks.plugin.js';

/**
 * `cache-control` on responses: a successful read may be cached for `maxAgeSeconds` by clients
 * and CDNs (the graph changes by curation, not by the second); mutations and answers with errors
 * are `no-store`. The same header Apollo's cache-control plugin gives a schema without per-field
 * hints, without its hook on every resolved field (measured by npm run bench: a nested list
 * resolves thousands of fields per request).
 */
export function cacheHeaders(maxAgeSeconds: number): RequestHooks {
  const cacheable = `max-age=${maxAgeSeconds}, public`;
  return {
    willSendResponse({ response, operation }) {
      const success = operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors;
      response.http.headers.set('cache-control', success ? cacheable : 'no-store');
    },
  };
}
