import type { GraphQLError } from 'graphql';
import { refusal } from '../curation/guard.js';
import type { RequestHooks } from './request-hooks.plugin.js';

/**
 * Refuses an operation before anything runs when the caller may not run it
 * (src/curation/guard.ts): UNAUTHENTICATED with HTTP 401, FORBIDDEN with HTTP 403.
 */
export function authCheck(): RequestHooks {
  return {
    didResolveOperation({ operation, contextValue }) {
      if (!operation) return;
      const error = refusal(contextValue.caller, operation.operation, contextValue.config.requireTokenForReads) as GraphQLError | undefined;
      if (!error) return;
      const status = error.extensions.code === 'FORBIDDEN' ? 403 : 401;
      (error.extensions as Record<string, unknown>).http = { status };
      throw error;
    },
  };
}
