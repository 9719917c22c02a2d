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
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });
