import { int } from 'neo4j-driver';
import { buildWhere, sortOf } from '../where-and-sort.js';
import type { NodeRow, RelationArgs, RelationItem, RelationSpec } from '../loaders.js';

/** A relation to fetch for the node bound to `n`, and what to fetch of each of its neighbours. */
export interface SubqueryPlan {
  relation: { spec: RelationSpec };
  args: RelationArgs;
  /** Whether to return the relationship's properties; without them the item's `rel` is empty. */
  relationshipProperties: boolean;
  node: NodeSelection;
}

/** What to fetch of a node: its properties (null: all) and the relations under it. */
export interface NodeSelection {
  properties: string[] | null;
  relations: SubqueryPlan[];
}

/**
 * Keys added to a fetched node's map (never a property name: properties are schema field names):
 * the relationship that led to it, and the items of each relation under it, by the relation's
 * position in the node's plan. The key strings are made once: resolvers look them up per node.
 */
export const RELATIONSHIP_KEY = '__rel';
const relatedKeys: string[] = [];
export const relatedKey = (index: number) => (relatedKeys[index] ??= `__r${index}`);
/** The Cypher variable holding a relation's items: by depth and position, unique in its scope. */
const relatedColumn = (depth: number, index: number) => `c${depth}_${index}`;

/**
 * The map returned for a node: the selected properties (or all), plus, under the keys above, the
 * relationship that led to it and its relations' items. One flat map per node, not a wrapper
 * around it: measured by npm run bench, nesting `{node, rel, related}` maps cost about a third
 * of a five-level list's throughput in Neo4j and the driver.
 */
export function nodeMap(variable: string, selection: NodeSelection, depth: number, relationship?: string): string {
  for (const name of selection.properties ?? []) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`nodeMap: expected a property name, received "${name}"`);
  }
  const entries = [
    ...(selection.properties ? selection.properties.map((name) => `.${name}`) : ['.*']),
    ...(relationship ? [`${RELATIONSHIP_KEY}: properties(${relationship})`] : []),
    ...selection.relations.map((_, index) => `${relatedKey(index)}: ${relatedColumn(depth + 1, index)}`),
  ];
  return `${variable} {${entries.join(', ')}}`;
}

/**
 * One `CALL (n) { ... }` subquery per relation of the node bound to `n` (the parent at depth 0),
 * nested for the relations under them, so a whole selection tree is one statement. Each yields
 * the list of its neighbours' maps (see nodeMap) in the field's order. Each depth names its
 * neighbour `n<depth>` and relationship `r<depth>`: a variable imported into a CALL cannot be bound
 * again inside it. Labels, types and sort expressions come from the descriptors; values are
 * parameters added to `params`.
 */
export function relationSubqueries(plans: SubqueryPlan[], params: Record<string, unknown>, parentDepth = 0): string {
  return plans.map((plan, index) => subquery(plan, index, params, parentDepth + 1)).join('\n');
}

/** The items of a relation, as the loaders and resolvers use them, from the node maps fetched. */
export function relationItems(fetched: NodeRow[] | undefined): RelationItem[] {
  return (fetched ?? []).map((node) => ({ node, rel: node[RELATIONSHIP_KEY] ?? {} }));
}

/** The name under which the items of a subquery come back, for a caller at the top (depth 1). */
export const topColumn = (index: number) => relatedColumn(1, index);

function subquery(plan: SubqueryPlan, index: number, params: Record<string, unknown>, depth: number): string {
  const { spec } = plan.relation;
  const parent = depth === 1 ? 'n' : `n${depth - 1}`;
  const [n, r] = [`n${depth}`, `r${depth}`];
  const filters = buildWhere(spec.target, plan.args.where, params, n);
  const sort = sortOf(spec.target, plan.args.orderBy, n);
  const direction = sort.descending ? 'DESC' : 'ASC';
  const limit = `first_${Object.keys(params).length}`;
  params[limit] = int(plan.args.first);
  const arrow = spec.direction === 'OUT' ? `-[${r}:${spec.type}]->` : `<-[${r}:${spec.type}]-`;
  const lines = [
    `MATCH (${parent})${arrow}(${n}:${spec.target.label})`,
    ...(filters.length > 0 ? [`WHERE ${filters.join(' AND ')}`] : []),
    `WITH ${n}, ${r} ORDER BY ${sort.expression} ${direction}, ${n}.id ${direction} LIMIT $${limit}`,
    ...(plan.node.relations.length > 0 ? [relationSubqueries(plan.node.relations, params, depth)] : []),
    `RETURN collect(${nodeMap(n, plan.node, depth, plan.relationshipProperties ? r : undefined)}) AS ${relatedColumn(depth, index)}`,
  ];
  return `CALL (${parent}) {\n${indent(lines.join('\n'))}\n}`;
}

export const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');
