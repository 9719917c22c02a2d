import type { RequestHooks } from './request-hooks.plugin.js';

/** Adds `extensions.dbRoundTrips`: how many database round trips the request cost (tests and the benchmark count them). */
export function roundTrips(): RequestHooks {
  return {
    willSendResponse({ response, contextValue }) {
      if (response.body.kind === 'single') {
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, dbRoundTrips: contextValue.roundTrips.count };
      }
    },
  };
}
