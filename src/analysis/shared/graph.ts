import type { ShapedPath, ScoredPath, SliceEdge } from '../maths/paths.js';
import type { GraphEdge, GraphNode, GraphPath, GraphSlice } from './graph.type.js';
import type { Confidence } from '../../graph/shared/enums.js';
import { unsourcedLinks } from '../maths/score.js';

/** Node rows as the analysis queries return them: the node's properties plus its label. */
export type SliceNodeRow = Record<string, any> & { id: string; label: string };

export function toGraphNode(row: SliceNodeRow): GraphNode {
  return { id: row.id, label: row.label, name: row.name ?? row.title ?? row.id };
}

export function toGraphEdge(edge: SliceEdge): GraphEdge {
  return { id: edge.id, type: edge.type, source: edge.source, target: edge.target, confidence: (edge.confidence as Confidence | null) ?? null, critical: edge.critical ?? null, sourceIds: edge.sourceIds ?? [] };
}

export function toGraphPath(path: ShapedPath | ScoredPath, nodes: Map<string, SliceNodeRow>): GraphPath {
  const scored = path as Partial<ScoredPath>;
  return {
    nodes: path.nodeIds.map((id) => toGraphNode(nodes.get(id) ?? { id, label: 'Unknown' })),
    relationships: path.edges.map(toGraphEdge),
    length: path.edges.length,
    score: scored.score ?? null,
    confidence: (scored.confidence as Confidence | null | undefined) ?? null,
    unsourcedLinks: scored.unsourcedLinks ?? unsourcedLinks(path.edges),
  };
}

/** A graph view from node rows and edges, keeping only edges whose two endpoints are present. */
export function toGraphSlice(nodes: Iterable<SliceNodeRow>, edges: Iterable<SliceEdge>): GraphSlice {
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) byId.set(node.id, toGraphNode(node));
  const edgeById = new Map<string, GraphEdge>();
  for (const edge of edges) if (byId.has(edge.source) && byId.has(edge.target)) edgeById.set(edge.id, toGraphEdge(edge));
  return {
    nodes: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edgeById.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
