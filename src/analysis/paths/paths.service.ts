import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { NotFoundError } from '../../errors.js';
import { labelOf } from '../../graph/shared/labels.js';
import { LIMITS, bounded, withBound } from '../maths/limits.js';
import { extend, startPath, type ShapedPath, type SliceEdge } from '../maths/paths.js';
import { toGraphPath, type SliceNodeRow } from '../shared/graph.js';
import type { GraphPath } from '../shared/graph.type.js';
import { DEFAULT_TRAVERSAL_TYPES } from '../shared/enums.js';
import type { PathsArgs } from './paths.args.js';

/**
 * Two round trips at most: the shortest paths (SHORTEST 50 over a bounded quantified pattern);
 * only when there are none, a check of which end is unknown (NOT_FOUND) — no path is not an error.
 */
export async function findPaths(db: Executor, args: PathsArgs): Promise<GraphPath[]> {
  const maxHops = bounded('maxHops', args.maxHops, LIMITS.maxHops);
  const first = bounded('first', args.first, LIMITS.pathsFirst);
  for (const id of [args.from, args.to]) if (!labelOf(id)) throw new NotFoundError('entity', id);
  const rows = await db.read(withBound(cypher('queries/analysis/paths'), 'maxHops', maxHops), {
    fromId: args.from, toId: args.to, types: args.relationshipTypes ?? DEFAULT_TRAVERSAL_TYPES,
  }, 'paths');
  if (rows.length === 0) {
    const existing = new Set((await db.read(cypher('queries/analysis/existing-ids'), { ids: [args.from, args.to] }, 'paths ends')).map((row) => row.id));
    for (const id of [args.from, args.to]) if (!existing.has(id)) throw new NotFoundError(labelOf(id)!, id);
    return [];
  }
  return shapePaths(rows as { nodes: SliceNodeRow[]; edges: SliceEdge[] }[], args.from, first);
}

/** Paths as chains of edges from `from`; paths that visit a node twice are dropped; shortest first, then by node ids. */
export function shapePaths(rows: { nodes: SliceNodeRow[]; edges: SliceEdge[] }[], from: string, first: number): GraphPath[] {
  const nodes = new Map<string, SliceNodeRow>();
  const shaped: ShapedPath[] = [];
  for (const row of rows) {
    for (const node of row.nodes) nodes.set(node.id, node);
    let path: ShapedPath | null = startPath(from);
    for (const edge of row.edges) path = path && extend(path, edge);
    if (path) shaped.push(path);
  }
  const key = (path: ShapedPath) => path.nodeIds.join('>');
  const unique = [...new Map(shaped.map((path) => [path.edges.map((edge) => edge.id).join('|'), path])).values()];
  unique.sort((a, b) => a.edges.length - b.edges.length || key(a).localeCompare(key(b)));
  return unique.slice(0, first).map((path) => toGraphPath(path, nodes));
}
