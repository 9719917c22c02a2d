import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { NodeRow } from '../loaders.js';
import { relatedKey } from './relation-subqueries.js';

interface PlannedField {
  field: FieldNode;
  node: { relations: PlannedField[] };
}

/**
 * Set on a node fetched with relations under it: the planned fields whose neighbours it holds,
 * the i-th under `relatedKey(i)` (see readNode). The field node, not its name, identifies a field: the
 * same node object reached through another field (a lookup of a primed loader, the back
 * reference of an edge) finds only what was fetched for that very field, with those very
 * arguments. A symbol, so the tag never shows in the node's keys or its JSON.
 */
const FETCHED_FIELDS = Symbol('fetchedFields');
type FetchedNode = NodeRow & { [FETCHED_FIELDS]?: PlannedField[] };

/** Tags a node fetched with `plans`, and every neighbour under it, with the fields fetched for it. */
export function storeFetched(node: NodeRow, plans: PlannedField[]): void {
  if (plans.length === 0) return;
  (node as FetchedNode)[FETCHED_FIELDS] = plans;
  for (let index = 0; index < plans.length; index++) {
    const below = plans[index].node.relations;
    if (below.length === 0) continue;
    for (const neighbour of (node[relatedKey(index)] as NodeRow[] | undefined) ?? []) storeFetched(neighbour, below);
  }
}

/** The neighbours fetched for this field of this parent together with the parent, if they were. */
export function fetchedFor(parent: NodeRow, info: GraphQLResolveInfo): NodeRow[] | undefined {
  const plans = (parent as FetchedNode)[FETCHED_FIELDS];
  if (plans === undefined) return undefined;
  const field = info.fieldNodes[0];
  for (let index = 0; index < plans.length; index++) {
    if (plans[index].field === field) return (parent[relatedKey(index)] as NodeRow[] | undefined) ?? [];
  }
  return undefined;
}
