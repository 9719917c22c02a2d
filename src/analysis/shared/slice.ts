import type { Dependent, SliceEdge } from '../maths/paths.js';
import type { Confidence } from '../../graph/shared/enums.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { toGraphNode, toGraphPath, type SliceNodeRow } from './graph.js';
import type { ScoredDependent } from './dependent.type.js';
import type { GraphNode } from './graph.type.js';

/** A slice as the analysis queries return it: node rows (with `label`) and edge maps. */
export interface Slice {
  nodes: Map<string, SliceNodeRow>;
  edges: SliceEdge[];
}

export function toSlice(nodes: SliceNodeRow[], edges: SliceEdge[]): Slice {
  return {
    nodes: new Map(nodes.map((node) => [node.id, node])),
    edges: [...edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The GraphQL shape of a scored dependent: its entity under `key`, score, confidence and paths. */
export function present<K extends string>(dependent: Dependent, slice: Slice, key: K): ScoredDependent & Record<K, NodeRow> {
  return {
    [key]: nodeRow(slice, dependent.id),
    score: dependent.score,
    confidence: dependent.confidence as Confidence | null,
    pathCount: dependent.paths.length,
    paths: dependent.paths.map((path) => toGraphPath(path, slice.nodes)),
  } as ScoredDependent & Record<K, NodeRow>;
}

/** The node's own properties (without the `label` the query adds), for the entity types. */
export function nodeRow(slice: Slice, id: string): NodeRow {
  const { label: _label, ...row } = slice.nodes.get(id) ?? { id, label: '' };
  return row as NodeRow;
}

export function graphNode(slice: Slice, id: string): GraphNode {
  return toGraphNode(slice.nodes.get(id) ?? { id, label: 'Unknown' });
}
