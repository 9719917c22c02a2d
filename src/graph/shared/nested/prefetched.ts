import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { NodeRow } from '../loaders.js';
import { READ_WITH, relatedKey } from './relation-subqueries.js';

/**
 * The selection a list read its nodes with (readNode tags each node that has relations under it)
 * is the plan of relation-plan.ts, whose relations also name the field of the query document each
 * one answers.
 */
interface PlannedSelection {
  relations: { field: FieldNode }[];
}

/**
 * The neighbours fetched for this field of this parent together with the parent, if they were.
 * The field node, not its name, identifies the field: the same node object reached through another
 * field (a lookup of a primed loader, the back reference of an edge) finds only what was fetched
 * for that very field, with those very arguments.
 */
export function fetchedFor(parent: NodeRow, info: GraphQLResolveInfo): NodeRow[] | undefined {
  const selection = (parent as NodeRow & { [READ_WITH]?: PlannedSelection })[READ_WITH];
  if (selection === undefined) return undefined;
  const field = info.fieldNodes[0];
  const relations = selection.relations;
  for (let index = 0; index < relations.length; index++) {
    if (relations[index].field === field) return (parent[relatedKey(index)] as NodeRow[] | undefined) ?? [];
  }
  return undefined;
}
