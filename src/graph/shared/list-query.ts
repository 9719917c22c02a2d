import { int } from 'neo4j-driver';
import { decodeCursor, type CursorPosition } from './cursor.js';
import type { EntityDescriptor } from './entity.js';
import { buildWhere, sortOf, type OrderBy, type WhereInput } from './where-and-sort.js';
import { indent, nodeRow, relationSubqueries, type NodeSelection } from './nested/relation-subqueries.js';

export interface ListRequest {
  where?: WhereInput;
  orderBy?: OrderBy | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
  /** What the selection reads of each node: its properties (default all) and relationship fields, fetched in the same statement (see nested/). */
  selection?: NodeSelection;
}

export interface BuiltQuery {
  query: string;
  params: Record<string, unknown>;
  sortKey: string;
  /** Whether the page comes back as one record (`total`, `rows`) or one record per node (see buildListQuery). */
  oneRecord: boolean;
}

/** One node of a page as readPage gives it: its nodeRow list (read by readNode) and the value it was sorted by. */
export interface ListRow {
  node: unknown[];
  sortValue: string | number | null;
}

const INDEX_ORDERED_SORTS = new Set(['n.name', 'n.period']);

/**
 * One round trip for a page: the rows after the cursor in (sort key, id) order, one more than
 * asked for (to know whether there is a next page), and the total only when it was selected.
 * Each row holds the node, with the relations selected under it (see nodeRow and readNode), and
 * its sort value; readPage gives them back as ListRows, whichever shape the page came in.
 * - A flat page (no relations selected) comes back as one record, `total` and `rows`: against one
 *   record per node, Neo4j spent about 8 % less CPU per request on the benchmark's page of
 *   companies (README, Performance). An empty page is an empty list, with the total. Each row
 *   travels as a pair `[sortValue, node]`, not a map: a map repeats its two keys in every row,
 *   a sixth of the bytes Neo4j sent for that page (README, Performance).
 * - A page with relations comes back one record per node (`node`, `sortValue`, `total`; an empty
 *   page is one row whose `node` is null). As one record, the benchmark's five-level page cost our
 *   API 30 % more CPU: the driver reads a Bolt message split into many chunks with a cost that grows
 *   with the size times the number of chunks (its CombinedBuffer looks up each byte's chunk from
 *   the first), and one record per node keeps every message small.
 */
export function buildListQuery(descriptor: EntityDescriptor, request: ListRequest): BuiltQuery {
  const params: Record<string, unknown> = {};
  const filters = buildWhere(descriptor, request.where, params);
  const sort = sortOf(descriptor, request.orderBy);
  const page = [...filters];
  // `name` and `period` are never null (non-null in the schema, required on every write). Saying so
  // lets Neo4j read the page in index order and stop after `first + 1` rows, instead of sorting
  // every node of the label (measured by npm run bench: 30,291 → about 100 db hits for a page of
  // companies at ×100). The total is left alone, so it still comes from the count store.
  if (INDEX_ORDERED_SORTS.has(sort.expression)) page.push(`${sort.expression} IS NOT NULL`);
  if (request.after) {
    const position: CursorPosition = decodeCursor(request.after, sort.key);
    params.afterValue = position.value;
    params.afterId = position.id;
    const op = sort.descending ? '<' : '>';
    // (v > a) OR (v = a AND id > i), written so that its first half is a range Neo4j can seek.
    page.push(`${sort.expression} ${op}= $afterValue AND (${sort.expression} ${op} $afterValue OR n.id ${op} $afterId)`);
  }
  // LIMIT needs a Cypher INTEGER; a JS number travels as a FLOAT.
  params.limit = int(request.first + 1);
  const direction = sort.descending ? 'DESC' : 'ASC';
  const whereOf = (clauses: string[]) => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const selection = request.selection ?? { properties: null, relations: [] };
  const total = request.withTotal
    ? `CALL () { MATCH (n:${descriptor.label}) ${whereOf(filters)} RETURN count(n) AS total }`
    : 'WITH null AS total';
  const relations = selection.relations.length > 0 ? `\n${indent(relationSubqueries(selection.relations, params))}` : '';
  const oneRecord = selection.relations.length === 0;
  const node = nodeRow('n', selection, 0);
  const query = `${total}
${oneRecord ? 'CALL' : 'OPTIONAL CALL'} () {
  MATCH (n:${descriptor.label}) ${whereOf(page)}
  WITH n, ${sort.expression} AS sortValue
  ORDER BY sortValue ${direction}, n.id ${direction}
  LIMIT $limit${relations}
  RETURN ${oneRecord ? `collect([sortValue, ${node}]) AS rows` : `${node} AS node, sortValue`}
}
RETURN ${oneRecord ? 'total, rows' : 'node, sortValue, total'}`;
  return { query, params, sortKey: sort.key, oneRecord };
}

/** The total and the rows of a page, from the records of buildListQuery's query (in either shape). */
export function readPage(built: BuiltQuery, records: Record<string, any>[]): { total: number | null; rows: ListRow[] } {
  if (built.oneRecord) {
    const pairs = records[0].rows as [ListRow['sortValue'], unknown[]][];
    return { total: records[0].total ?? null, rows: pairs.map(([sortValue, node]) => ({ node, sortValue })) };
  }
  return { total: records[0]?.total ?? null, rows: records.filter((record) => record.node !== null) as ListRow[] };
}
