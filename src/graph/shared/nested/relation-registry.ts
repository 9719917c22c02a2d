import type { NodeRow, RelationSpec } from '../loaders.js';

/** What the nested-selection planner and the fetched-field resolvers need to know about one relationship field. */
export interface RegisteredRelation {
  spec: RelationSpec;
  /** A single neighbour (e.g. Company.country): fetched with a limit of one. */
  single: boolean;
  /**
   * For fields that return an edge object (ProductUse, ProductSupply): the edge's field that holds
   * the neighbour, through which nested selections continue (e.g. `application` of Product.usedBy).
   */
  nodeField?: string;
  /** The input class of the field's `where` argument (its class-validator rules apply to nested fields too). */
  whereType: new () => object;
  /** The field's value from the neighbours fetched with the parent: the list, the single neighbour, or their edge objects. */
  valueOf(neighbours: NodeRow[], parent: NodeRow): unknown;
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

export function allRelations(): [typeName: string, field: string, relation: RegisteredRelation][] {
  return [...relations].map(([key, relation]) => {
    const [typeName, field] = key.split('.');
    return [typeName, field, relation];
  });
}
