import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { NodeRow } from '../loaders.js';
import { relatedKey } from './relation-subqueries.js';

interface PlannedField {
  field: FieldNode;
  node: { relations: PlannedField[] };
}

/**
 * Neighbours fetched together with a node, by the field of the query document they answer.
 * Keyed by the node object itself (weakly: gone with the request's results). The field node,
 * not its name, is the key: the same node object reached through another field (a lookup of a
 * primed loader) finds only what was fetched for that very field, with those very arguments.
 */
const fetchedWith = new WeakMap<NodeRow, Map<FieldNode, NodeRow[]>>();

/** Records, for a node fetched at `depth` and every neighbour under it, what was fetched for each planned field. */
export function storeFetched(node: NodeRow, plans: PlannedField[], depth = 0): void {
  if (plans.length === 0) return;
  const byField = new Map<FieldNode, NodeRow[]>();
  for (let index = 0; index < plans.length; index++) {
    const neighbours: NodeRow[] = node[relatedKey(depth + 1, index)] ?? [];
    const below = plans[index].node.relations;
    if (below.length > 0) for (const neighbour of neighbours) storeFetched(neighbour, below, depth + 1);
    byField.set(plans[index].field, neighbours);
  }
  fetchedWith.set(node, byField);
}

/** The neighbours fetched for this field of this parent together with the parent, if they were. */
export function fetchedFor(parent: NodeRow, info: GraphQLResolveInfo): NodeRow[] | undefined {
  return fetchedWith.get(parent)?.get(info.fieldNodes[0]);
}
