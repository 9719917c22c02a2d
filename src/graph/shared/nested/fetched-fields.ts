import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { NodeRow } from '../loaders.js';
import { fetchedFor } from './prefetched.js';
import { allRelations } from './relation-registry.js';

/**
 * Lets every relationship field answer from what its list fetched (see relation-plan.ts) before
 * anything else runs: a nested list resolves such fields once per parent, and type-graphql's
 * per-call work (argument conversion, validation, the class instance of the parent) is then the
 * bulk of it. The planner fetched the field only after checking its arguments with the same rules
 * (page size, class-validator), so skipping that work skips nothing. Fields that were not
 * fetched go to their type-graphql resolver (DataLoaders) as before. Run once, on the built schema.
 */
export function answerFetchedRelations(schema: GraphQLSchema): void {
  for (const [typeName, fieldName, relation] of allRelations()) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`answerFetchedRelations: expected a resolver for ${typeName}.${fieldName}`);
    const resolve: GraphQLFieldResolver<NodeRow, unknown> = field.resolve;
    field.resolve = (parent: NodeRow, args, context, info) => {
      const fetched = fetchedFor(parent, info);
      return fetched ? relation.valueOf(fetched, parent) : resolve(parent, args, context, info);
    };
  }
}
