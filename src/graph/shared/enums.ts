import { registerEnumType } from 'type-graphql';

/** How sure we are of a fact, carried from the fact sheet's own assessment of its sources. */
export enum Confidence {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(Confidence, {
  name: 'Confidence',
  description: "How sure we are of a fact, from the fact sheet's assessment of its source (see the README's data section).",
  valuesConfig: {
    HIGH: { description: 'Primary or wire-service reporting that other sources confirm.' },
    MEDIUM: { description: 'Credible secondary reporting, company targets, or an interpretive link.' },
    LOW: { description: 'Weak sources (aggregators, blogs), old figures, or derived values: use with care.' },
  },
});

/** Where a number comes from. The API never presents a computed number as a reported one. */
export enum ValueBasis {
  REPORTED = 'REPORTED',
  DERIVED = 'DERIVED',
  COMPUTED = 'COMPUTED',
}
registerEnumType(ValueBasis, {
  name: 'ValueBasis',
  description: 'Where a number comes from.',
  valuesConfig: {
    REPORTED: { description: 'Stated by a source, stored as it was reported.' },
    DERIVED: { description: 'Arithmetic on reported figures, done when the data was curated; its note gives the arithmetic.' },
    COMPUTED: { description: 'Computed by this API from stored figures when asked (e.g. a month-on-month change).' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

/** A description for every value of a closed vocabulary: "<prefix> <value in words>." */
export function describeValues<T extends object>(values: T, prefix: string): Partial<Record<keyof T, { description: string }>> {
  return Object.fromEntries(Object.keys(values).map((key) => [key, { description: `${prefix} ${key.toLowerCase().replace(/_/g, ' ')}.` }])) as Partial<Record<keyof T, { description: string }>>;
}

/** Registers an entity's sort-field enum, each value described by the field it sorts on. */
export function registerSortEnum<T extends Record<string, string>>(sortEnum: T, name: string, description: string): void {
  registerEnumType(sortEnum, { name, description, valuesConfig: describeValues(sortEnum, 'Sort by') });
}
