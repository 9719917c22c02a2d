import type {
  ApolloServerPlugin, GraphQLRequestContextDidResolveOperation, GraphQLRequestContextWillSendResponse, GraphQLRequestListener,
} from '@apollo/server';
import type { Context } from '../context.js';

/** One concern's part in every request: the depth limit, the auth check, the cache header, the round-trip count. */
export interface RequestHooks {
  /** Once the operation is known, before it runs; throwing refuses the request with that error. */
  didResolveOperation?(request: GraphQLRequestContextDidResolveOperation<Context>): void;
  /** On the response, before it is sent. */
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<Context>): void;
}

/**
 * Our per-request hooks as one Apollo Server plugin, whose one listener serves every request (it
 * keeps nothing of its own: each hook reads the request it is handed). Apollo Server visits every
 * listener of a request at each stage, some stages one listener after another, so a plugin per
 * concern cost every request four turns of each stage instead of one (README, Performance). The
 * hooks run in the order given.
 */
export function requestHooksPlugin(hooks: RequestHooks[]): ApolloServerPlugin<Context> {
  const onOperation = hooks.filter((hook) => hook.didResolveOperation);
  const onResponse = hooks.filter((hook) => hook.willSendResponse);
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation(request) {
      for (const hook of onOperation) hook.didResolveOperation!(request);
    },
    async willSendResponse(request) {
      for (const hook of onResponse) hook.willSendResponse!(request);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
