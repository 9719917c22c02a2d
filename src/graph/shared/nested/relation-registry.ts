import type { RelationSpec } from '../loaders.js';

/** What the nested-selection planner needs to know about one relationship field. */
export interface RegisteredRelation {
  spec: RelationSpec;
  /** A single neighbour (e.g. Company.country): fetched with a limit of one. */
  single: boolean;
  /**
   * For fields that return an edge object (ProductUse, ProductSupply): the edge's field that holds
   * the neighbour, through which nested selections continue (e.g. `application` of Product.usedBy).
   */
  nodeField?: string;
}

/**
 * Every relationship field, keyed `Type.field` (e.g. `Country.companies`). Filled once at start,
 * as relations.ts declares the fields; shared by every request and read only afterwards.
 */
const relations = new Map<string, RegisteredRelation>();

export function registerRelation(typeName: string, field: string, relation: RegisteredRelation): void {
  relations.set(`${typeName}.${field}`, relation);
}

export function relationOf(typeName: string, field: string): RegisteredRelation | undefined {
  return relations.get(`${typeName}.${field}`);
}
