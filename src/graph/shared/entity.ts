import type { Label } from './labels.js';

/**
 * What the generic list, lookup and relation machinery needs to know about one entity type.
 * Everything that ends up as Cypher text (properties, sort expressions, patterns) comes from
 * here, never from a request: requests only supply parameter values.
 */
export interface EntityDescriptor {
  label: Label;
  /** GraphQL type name, and the names of its root fields: `country` and `countries`. */
  typeName: string;
  single: string;
  plural: string;
  /** `where` fields: a property of the node, or a property of a node one relationship away. */
  where: Record<string, WhereTarget>;
  /** orderBy enum value → Cypher expression over `n` (never null: keyset paging compares it). */
  sort: Record<string, string>;
  defaultSort: string;
}

export type WhereTarget =
  | { property: string; list?: boolean }
  | { pattern: string; property: string };

export const property = (name: string): WhereTarget => ({ property: name });
/** A list property (e.g. roles): `eq` means "contains", `in` means "contains one of". */
export const listProperty = (name: string): WhereTarget => ({ property: name, list: true });
/** A condition on a neighbour `x`, e.g. related('(n)-[:BASED_IN]->(x:Country)', 'iso3'). */
export const related = (pattern: string, propertyName: string): WhereTarget => ({ pattern, property: propertyName });
