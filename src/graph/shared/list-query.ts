import { int } from 'neo4j-driver';
import { BadInputError } from '../../errors.js';
import { decodeCursor, type CursorPosition } from './cursor.js';
import type { EntityDescriptor } from './entity.js';
import { LIST_OPERATORS, OPERATORS } from './filters.js';
import { SortDirection } from './enums.js';

export interface OrderBy {
  field: string;
  direction: SortDirection;
}

export interface ListRequest {
  where?: Record<string, Record<string, unknown> | undefined> | null;
  orderBy?: OrderBy | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}

export interface BuiltQuery {
  query: string;
  params: Record<string, unknown>;
  sortKey: string;
}

/**
 * Builds the WHERE clause for a `where` input: each condition becomes `<property> <op> $pN`.
 * Property names and operators come from the descriptor and the OPERATORS whitelist;
 * values only ever travel as parameters.
 */
export function buildWhere(descriptor: EntityDescriptor, where: ListRequest['where'], params: Record<string, unknown>, variable = 'n'): string[] {
  const clauses: string[] = [];
  for (const [field, filter] of Object.entries(where ?? {})) {
    if (filter === undefined || filter === null) continue;
    const target = descriptor.where[field];
    if (!target) throw new BadInputError(`where.${field}`, `one of ${Object.keys(descriptor.where).join(', ')}`, field);
    const conditions: string[] = [];
    for (const [operator, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      const isList = 'list' in target && target.list === true;
      const render = isList ? LIST_OPERATORS[operator] : OPERATORS[operator];
      if (!render) throw new BadInputError(`where.${field}.${operator}`, `one of ${Object.keys(isList ? LIST_OPERATORS : OPERATORS).join(', ')}`, operator);
      const param = `p${Object.keys(params).length}`;
      params[param] = value;
      conditions.push(render('pattern' in target ? `x.${target.property}` : `${variable}.${target.property}`, `$${param}`));
    }
    if (conditions.length === 0) continue;
    clauses.push(
      'pattern' in target
        ? `EXISTS { MATCH ${target.pattern.replace('(n)', `(${variable})`)} WHERE ${conditions.join(' AND ')} }`
        : conditions.join(' AND '),
    );
  }
  return clauses;
}

export function sortOf(descriptor: EntityDescriptor, orderBy: OrderBy | null | undefined): { key: string; expression: string; descending: boolean } {
  const key = orderBy?.field ?? descriptor.defaultSort;
  const expression = descriptor.sort[key];
  if (!expression) throw new BadInputError('orderBy.field', `one of ${Object.keys(descriptor.sort).join(', ')}`, key);
  return { key: `${key}:${orderBy?.direction ?? SortDirection.ASC}`, expression, descending: orderBy?.direction === SortDirection.DESC };
}

const INDEX_ORDERED_SORTS = new Set(['n.name', 'n.period']);

/**
 * One round trip for a page: the rows after the cursor in (sort key, id) order, one more than
 * asked for (to know whether there is a next page), and the total only when it was selected.
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
  const total = request.withTotal
    ? `CALL () { MATCH (n:${descriptor.label}) ${whereOf(filters)} RETURN count(n) AS total }`
    : 'WITH null AS total';
  const query = `${total}
CALL () {
  MATCH (n:${descriptor.label}) ${whereOf(page)}
  WITH n, ${sort.expression} AS sortValue
  ORDER BY sortValue ${direction}, n.id ${direction}
  LIMIT $limit
  RETURN collect({node: n {.*}, sortValue: sortValue}) AS rows
}
RETURN rows, total`;
  return { query, params, sortKey: sort.key };
}
