import { combinedScore, pathConfidence, pathScore, unsourcedLinks, type ConfidenceLevel, type ScoredLink } from './score.js';

/**
 * Path shaping for the dependency fields: the database returns a small slice of the graph
 * (edges by type); these functions chain them into explanatory paths that start at the traced
 * node, drop paths that visit a node twice (cycles), and score each dependent from its paths.
 */
export interface SliceEdge extends ScoredLink {
  id: string;
  source: string;
  target: string;
  sourceIds: string[];
}

export interface ShapedPath {
  /** Node ids in order, starting at the traced node. */
  nodeIds: string[];
  /** The relationships between consecutive nodes, each with its own direction (source → target). */
  edges: SliceEdge[];
}

export interface ScoredPath extends ShapedPath {
  score: number;
  confidence: ConfidenceLevel | null;
  unsourcedLinks: number;
}

export interface Dependent {
  id: string;
  score: number;
  confidence: ConfidenceLevel | null;
  paths: ScoredPath[];
}

export const startPath = (id: string): ShapedPath => ({ nodeIds: [id], edges: [] });

/** The path one step further along `edge` (either direction), or null when that revisits a node. */
export function extend(path: ShapedPath, edge: SliceEdge): ShapedPath | null {
  const last = path.nodeIds.at(-1);
  const next = edge.source === last ? edge.target : edge.target === last ? edge.source : null;
  if (next === null || path.nodeIds.includes(next)) return null;
  return { nodeIds: [...path.nodeIds, next], edges: [...path.edges, edge] };
}

/** Paths for each node reached by following `edges` from the end of each given path. */
export function step(pathsByNode: Map<string, ShapedPath[]>, edges: SliceEdge[], from: 'source' | 'target'): Map<string, ShapedPath[]> {
  const out = new Map<string, ShapedPath[]>();
  for (const edge of edges) {
    const start = from === 'source' ? edge.source : edge.target;
    for (const path of pathsByNode.get(start) ?? []) {
      const longer = extend(path, edge);
      if (!longer) continue;
      const end = longer.nodeIds.at(-1)!;
      const list = out.get(end) ?? [];
      list.push(longer);
      out.set(end, list);
    }
  }
  return out;
}

/**
 * Chains through one relationship kind (e.g. products made from or kinds of a product), from the
 * end of each starting path against the edges' direction, up to `maxDepth` further links, every
 * node at most once per path (so a cycle in the data ends a chain instead of looping).
 */
export function chains(start: Map<string, ShapedPath[]>, edges: SliceEdge[], maxDepth: number): Map<string, ShapedPath[]> {
  const byTarget = new Map<string, SliceEdge[]>();
  for (const edge of edges) byTarget.set(edge.target, [...(byTarget.get(edge.target) ?? []), edge]);
  const out = merge(start);
  let frontier = [...start.values()].flat();
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth += 1) {
    const next: ShapedPath[] = [];
    for (const path of frontier) {
      for (const edge of byTarget.get(path.nodeIds.at(-1)!) ?? []) {
        const longer = extend(path, edge);
        if (!longer) continue;
        next.push(longer);
        const end = longer.nodeIds.at(-1)!;
        out.set(end, [...(out.get(end) ?? []), longer]);
      }
    }
    frontier = next;
  }
  return out;
}

export function merge(...maps: Map<string, ShapedPath[]>[]): Map<string, ShapedPath[]> {
  const out = new Map<string, ShapedPath[]>();
  for (const map of maps) for (const [id, paths] of map) out.set(id, [...(out.get(id) ?? []), ...paths]);
  return out;
}

/** One dependent per reached node: its distinct paths, best first, and the score they give. */
export function scoreDependents(pathsByNode: Map<string, ShapedPath[]>): Dependent[] {
  const dependents: Dependent[] = [];
  for (const [id, paths] of pathsByNode) {
    const unique = new Map<string, ShapedPath>();
    for (const path of paths) unique.set(path.edges.map((edge) => edge.id).join('|'), path);
    const scored = [...unique.values()]
      .map((path): ScoredPath => ({ ...path, score: round(pathScore(path.edges)), confidence: pathConfidence(path.edges), unsourcedLinks: unsourcedLinks(path.edges) }))
      .sort((a, b) => b.score - a.score || a.edges.length - b.edges.length || signature(a).localeCompare(signature(b)));
    if (scored.length === 0) continue;
    dependents.push({ id, score: combinedScore(scored.map((path) => path.score)), confidence: scored[0].confidence, paths: scored });
  }
  return dependents.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

const signature = (path: ShapedPath) => path.edges.map((edge) => edge.id).join('|');
const round = (value: number) => Math.round(value * 10_000) / 10_000;
