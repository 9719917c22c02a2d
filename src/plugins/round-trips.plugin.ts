import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** Adds `extensions.dbRoundTrips`: how many database round trips the request cost (tests and the benchmark count them). */
export function roundTripsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, dbRoundTrips: contextValue.roundTrips.count };
          }
        },
      };
    },
  };
}
