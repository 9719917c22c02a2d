import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { RequestHooks } from './request-hooks.plugin.js';

/**
 * The depth of each operation already measured. Apollo Server hands the same parsed document to
 * every request that sends it again, and a depth depends on the document alone.
 */
const depths = new WeakMap<OperationDefinitionNode, number>();

/**
 * Refuses operations nested deeper than `maxDepth` before anything runs, with LIMIT_EXCEEDED.
 * Introspection (`__schema`, `__type`) is not counted: Sandbox needs it.
 */
export function depthLimit(maxDepth: number): RequestHooks {
  return {
    didResolveOperation({ operation, document }) {
      if (!operation) return;
      const depth = depthOf(operation, document);
      if (depth > maxDepth) {
        throw new GraphQLError(`The operation is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
          extensions: { code: ErrorCode.LIMIT_EXCEEDED, argument: 'query depth', maximum: maxDepth, received: depth, http: { status: 400 } },
        });
      }
    },
  };
}

function depthOf(operation: OperationDefinitionNode, document: DocumentNode): number {
  let depth = depths.get(operation);
  if (depth === undefined) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    depth = selectionDepth(operation.selectionSet, fragments, new Set());
    depths.set(operation, depth);
  }
  return depth;
}

function selectionDepth(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread: follow it once (fragment cycles are already refused by validation).
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(deepest, selectionDepth(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}
