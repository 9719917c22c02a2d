import DataLoader from 'dataloader';
import type { Executor, Row } from '../../db/executor.js';
import { matchByIds } from './by-label.js';
import type { OrderBy, WhereInput } from './where-and-sort.js';
import { readNode, relationItems, relationSubqueries, topColumn, type NodeSelection } from './nested/relation-subqueries.js';
import type { EntityDescriptor } from './entity.js';
import type { Label } from './labels.js';

export type NodeRow = Record<string, any> & { id: string };

/** A neighbour read whole, with nothing under it (what a relation's DataLoader fetches). */
const WHOLE_NODE: NodeSelection = { properties: null, relations: [] };

export interface RelationSpec {
  parent: Label;
  type: string;
  direction: 'OUT' | 'IN';
  target: EntityDescriptor;
}

export interface RelationArgs {
  where?: WhereInput;
  orderBy?: OrderBy | null;
  first: number;
}

/** One neighbour of a parent, with the properties of the relationship that leads to it. */
export interface RelationItem {
  node: NodeRow;
  rel: Record<string, any>;
}

/**
 * The per-request loaders (recreated per request, so nothing is cached across callers).
 * Each batch function returns one value per key, in key order, null or [] for a miss, so
 * that a query N levels deep costs one database round trip per level, not one per parent.
 */
/**
 * Dispatch a batch on the next turn of the event loop rather than at the end of the current
 * microtask queue: sibling fields whose resolvers await something first (validation, another
 * loader) still join the same batch, so a level stays one round trip.
 */
const BATCH_OPTIONS = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

export class Loaders {
  private readonly relations = new Map<string, DataLoader<string, RelationItem[]>>();
  // Made on first use: most requests need neither (a page's nodes come with the page's own query).
  private nodeByIdLoader?: DataLoader<string, NodeRow | null>;
  private sourcesOfLoader?: DataLoader<string, NodeRow[]>;

  constructor(private readonly db: Executor) {}

  get nodeById(): DataLoader<string, NodeRow | null> {
    return (this.nodeByIdLoader ??= new DataLoader(async (ids) => {
      const { query, params } = matchByIds(ids, () => 'RETURN n');
      if (!query) return ids.map(() => null);
      const rows = await this.db.read(`${query}\nRETURN n {.*} AS node`, params, 'nodes by id');
      return inKeyOrder(ids, rows, (row) => row.node.id, (row) => row.node as NodeRow, null);
    }, BATCH_OPTIONS));
  }

  get sourcesOf(): DataLoader<string, NodeRow[]> {
    return (this.sourcesOfLoader ??= new DataLoader(async (ids) => {
      const { query, params } = matchByIds(ids, () => 'MATCH (n)-[:CITES]->(s:Source) RETURN n.id AS owner, s');
      if (!query) return ids.map(() => []);
      const rows = await this.db.read(`${query}\nWITH owner, s ORDER BY s.publishedOn, s.id\nRETURN owner, collect(s {.*}) AS sources`, params, 'sources of nodes');
      return inKeyOrder(ids, rows, (row) => row.owner, (row) => row.sources as NodeRow[], []);
    }, BATCH_OPTIONS));
  }

  /** One loader per relation and argument set: parents asking the same question share a batch. */
  relation(spec: RelationSpec, args: RelationArgs): DataLoader<string, RelationItem[]> {
    const key = JSON.stringify([spec.parent, spec.type, spec.direction, spec.target.label, args]);
    let loader = this.relations.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.loadRelation(spec, args, ids), BATCH_OPTIONS);
      this.relations.set(key, loader);
    }
    return loader;
  }

  /** After a write: drop what this request has cached, so later fields read fresh values. */
  clearAll(): void {
    this.nodeByIdLoader?.clearAll();
    this.sourcesOfLoader?.clearAll();
    this.relations.clear();
  }

  private async loadRelation(spec: RelationSpec, args: RelationArgs, ids: readonly string[]): Promise<RelationItem[][]> {
    const params: Record<string, unknown> = { parentIds: ids };
    const query = `UNWIND $parentIds AS parentId
MATCH (n:${spec.parent} {id: parentId})
${relationSubqueries([{ relation: { spec }, args, relationshipProperties: true, node: WHOLE_NODE }], params)}
RETURN parentId, ${topColumn(0)} AS items`;
    const rows = await this.db.read(query, params, `${spec.parent}.${spec.type}`);
    const itemsOf = (row: Row) => relationItems((row.items as unknown[][]).map((item) => readNode(item, WHOLE_NODE, true)));
    return inKeyOrder(ids, rows, (row) => row.parentId, itemsOf, []);
  }
}

function inKeyOrder<T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, valueOf: (row: Row) => T, missing: T): T[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), valueOf(row)]));
  return keys.map((key) => byKey.get(key) ?? missing);
}
