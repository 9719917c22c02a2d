import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { NodeRow, RelationItem } from '../loaders.js';
import { relatedKey, relationItems } from './relation-subqueries.js';

interface PlannedField {
  field: FieldNode;
  node: { relations: PlannedField[] };
}

/**
 * Relations fetched together with a node, by the field of the query document they answer.
 * Keyed by the node object itself (weakly: gone with the request's results). The field node,
 * not its name, is the key: the same node object reached through another field (a lookup of a
 * primed loader) finds only what was fetched for that very field, with those very arguments.
 */
const fetchedWith = new WeakMap<NodeRow, Map<FieldNode, RelationItem[]>>();

/** Records, for a node fetched at `depth` and every neighbour under it, what was fetched for each planned field. */
export function storeFetched(node: NodeRow, plans: PlannedField[], depth = 0): void {
  if (plans.length === 0) return;
  const byField = new Map<FieldNode, RelationItem[]>();
  plans.forEach((plan, index) => {
    const items = relationItems(node[relatedKey(depth + 1, index)]);
    for (const item of items) storeFetched(item.node, plan.node.relations, depth + 1);
    byField.set(plan.field, items);
  });
  fetchedWith.set(node, byField);
}

/** What was fetched for this field of this parent together with the parent, if it was. */
export function fetchedFor(parent: NodeRow, info: GraphQLResolveInfo): RelationItem[] | undefined {
  return fetchedWith.get(parent)?.get(info.fieldNodes[0]);
}
