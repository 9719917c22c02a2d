import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { refusal } from '../curation/guard.js';

/**
 * Refuses an operation before anything runs when the caller may not run it
 * (src/curation/guard.ts): UNAUTHENTICATED with HTTP 401, FORBIDDEN with HTTP 403.
 */
export function authPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const error = refusal(contextValue.caller, operation.operation, contextValue.config.requireTokenForReads) as GraphQLError | undefined;
          if (!error) return;
          const status = error.extensions.code === 'FORBIDDEN' ? 403 : 401;
          (error.extensions as Record<string, unknown>).http = { status };
          throw error;
        },
      };
    },
  };
}
