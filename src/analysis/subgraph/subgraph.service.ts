import { int } from 'neo4j-driver';
import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { BadInputError, LimitExceededError, NotFoundError } from '../../errors.js';
import { labelOf } from '../../graph/shared/labels.js';
import { LIMITS, bounded, withBound } from '../maths/limits.js';
import type { SliceEdge } from '../maths/paths.js';
import { toGraphSlice, type SliceNodeRow } from '../shared/graph.js';
import type { GraphSlice } from '../shared/graph.type.js';
import { DEFAULT_TRAVERSAL_TYPES } from '../shared/enums.js';
import type { SubgraphArgs } from './subgraph.args.js';

export const MAX_SUBGRAPH_EDGES = 2000;

/** One round trip. An answer above MAX_SUBGRAPH_EDGES edges is refused, never trimmed. */
export async function subgraph(db: Executor, args: SubgraphArgs): Promise<GraphSlice> {
  const ids = [...new Set(args.ids)];
  if (ids.length === 0) throw new BadInputError('ids', 'at least one id', args.ids);
  if (ids.length > LIMITS.subgraphIds.max) throw new LimitExceededError('ids', LIMITS.subgraphIds.max, ids.length);
  const depth = bounded('depth', args.depth, LIMITS.subgraphDepth);
  const unknown = ids.find((id) => !labelOf(id));
  if (unknown) throw new NotFoundError('entity', unknown);
  const [row] = await db.read(withBound(cypher('queries/analysis/subgraph'), 'depth', depth), {
    ids, types: args.relationshipTypes ?? DEFAULT_TRAVERSAL_TYPES, maxEdges: int(MAX_SUBGRAPH_EDGES + 1),
  }, 'subgraph');
  const nodes = (row?.nodes ?? []) as SliceNodeRow[];
  const found = new Set(nodes.map((node) => node.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(labelOf(missing)!, missing);
  const edges = (row?.edges ?? []) as SliceEdge[];
  if (edges.length > MAX_SUBGRAPH_EDGES) throw new LimitExceededError('subgraph edges (lower depth or fewer ids)', MAX_SUBGRAPH_EDGES, edges.length);
  return toGraphSlice(nodes, edges);
}
