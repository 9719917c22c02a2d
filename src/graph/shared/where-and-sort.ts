import { BadInputError } from '../../errors.js';
import type { EntityDescriptor } from './entity.js';
import { LIST_OPERATORS, OPERATORS } from './filters.js';
import { SortDirection } from './enums.js';

export interface OrderBy {
  field: string;
  direction: SortDirection;
}

/** A `where` input: field → operator → value (the shape of every `<Type>Where`). */
export type WhereInput = Record<string, Record<string, unknown> | undefined> | null | undefined;

/**
 * Builds the WHERE clause for a `where` input: each condition becomes `<property> <op> $pN`.
 * Property names and operators come from the descriptor and the OPERATORS whitelist;
 * values only ever travel as parameters.
 */
export function buildWhere(descriptor: EntityDescriptor, where: WhereInput, params: Record<string, unknown>, variable = 'n'): string[] {
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

/**
 * The sort for an `orderBy` input: its cursor key and its Cypher expression. The descriptors write
 * expressions over `n`; `variable` names the node another way (nested subqueries use n1, n2, ...).
 */
export function sortOf(descriptor: EntityDescriptor, orderBy: OrderBy | null | undefined, variable = 'n'): { key: string; expression: string; descending: boolean } {
  const key = orderBy?.field ?? descriptor.defaultSort;
  const written = descriptor.sort[key];
  if (!written) throw new BadInputError('orderBy.field', `one of ${Object.keys(descriptor.sort).join(', ')}`, key);
  const expression = variable === 'n' ? written : written.replace(/\bn\./g, `${variable}.`);
  return { key: `${key}:${orderBy?.direction ?? SortDirection.ASC}`, expression, descending: orderBy?.direction === SortDirection.DESC };
}
