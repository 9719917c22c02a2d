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
 * Keys readNode adds to a fetched node object (never a property name: properties are schema field names):
 * the relationship that led to it, and the items of each relation under it, by the relation's
 * position in the node's plan. The key strings are made once: resolvers look them up per node.
 */
export const RELATIONSHIP_KEY = '__rel';
const relatedKeys: string[] = [];
export const relatedKey = (index: number) => (relatedKeys[index] ??= `__r${index}`);
/** The Cypher variable holding a relation's items: by depth and position, unique in its scope. */
const relatedColumn = (depth: number, index: number) => `c${depth}_${index}`;

/**
 * The Cypher list returned for a node: the selected properties in order (or, for all of them, one
 * map), then the relationship that led to it if asked, then its relations' items, in the plan's
 * order. A list, not a map: measured over a five-level list, the driver took 12.6–14.3 ms of CPU
 * per query to decode the maps (every key is a string to decode, every time) and 7.2–7.9 ms for
 * the same rows as lists; building the objects back with readNode costs about 1.5 ms.
 */
export function nodeRow(variable: string, selection: NodeSelection, depth: number, relationship?: string): string {
  for (const name of selection.properties ?? []) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`nodeRow: expected a property name, received "${name}"`);
  }
  const entries = [
    ...(selection.properties ? selection.properties.map((name) => `${variable}.${name}`) : [`${variable} {.*}`]),
    ...(relationship ? [`properties(${relationship})`] : []),
    ...selection.relations.map((_, index) => relatedColumn(depth + 1, index)),
  ];
  return `[${entries.join(', ')}]`;
}

/**
 * Set on a node object read with relations under it: the selection it was read with, whose i-th
 * relation's neighbours are under relatedKey(i). A symbol, so it never shows in the node's keys or
 * its JSON. prefetched.ts reads it to answer relationship fields from what was fetched.
 */
export const READ_WITH = Symbol('readWith');

/**
 * The node object for a list nodeRow returned: its properties, the relationship that led to it
 * under RELATIONSHIP_KEY (when `withRelationship`), and the items of its i-th relation, as node
 * objects too, under relatedKey(i); tagged with its selection under READ_WITH when it has relations.
 */
export function readNode(row: unknown[], selection: NodeSelection, withRelationship: boolean): NodeRow {
  let node: NodeRow;
  let at = 0;
  if (selection.properties) {
    node = {} as NodeRow;
    for (; at < selection.properties.length; at++) node[selection.properties[at]] = row[at];
  } else {
    node = row[at++] as NodeRow;
  }
  if (withRelationship) node[RELATIONSHIP_KEY] = row[at++];
  if (selection.relations.length > 0) (node as NodeRow & { [READ_WITH]?: NodeSelection })[READ_WITH] = selection;
  for (let index = 0; index < selection.relations.length; index++) {
    const plan = selection.relations[index];
    node[relatedKey(index)] = (row[at++] as unknown[][]).map((item) => readNode(item, plan.node, plan.relationshipProperties));
  }
  return node;
}

/**
 * One `CALL (n) { ... }` subquery per relation of the node bound to `n` (the parent at depth 0),
 * nested for the relations under them, so a whole selection tree is one statement. Each yields
 * the list of its neighbours' rows (see nodeRow) in the field's order. Each depth names its
 * neighbour `n<depth>` and relationship `r<depth>`: a variable imported into a CALL cannot be bound
 * again inside it. Labels, types and sort expressions come from the descriptors; values are
 * parameters added to `params`.
 */
export function relationSubqueries(plans: SubqueryPlan[], params: Record<string, unknown>, parentDepth = 0): string {
  return plans.map((plan, index) => subquery(plan, index, params, parentDepth + 1)).join('\n');
}

/** The properties of a relationship that was not read (see nodeRow): one frozen empty object for all. */
const NOT_READ: RelationItem['rel'] = Object.freeze({});

/** One item of a relation, as the loaders and resolvers use it, from a node fetched (see readNode). */
export const relationItem = (node: NodeRow): RelationItem => ({ node, rel: node[RELATIONSHIP_KEY] ?? NOT_READ });

/** The items of a relation from the nodes fetched. */
export const relationItems = (fetched: NodeRow[] | undefined): RelationItem[] => (fetched ?? []).map(relationItem);

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
    `RETURN collect(${nodeRow(n, plan.node, depth, plan.relationshipProperties ? r : undefined)}) AS ${relatedColumn(depth, index)}`,
  ];
  return `CALL (${parent}) {\n${indent(lines.join('\n'))}\n}`;
}

export const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');
