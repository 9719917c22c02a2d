import { registerEnumType } from 'type-graphql';

/** Relationship types a traversal may follow (the whitelist: requests choose among these only). */
export enum RelationshipType {
  KIND_OF = 'KIND_OF', MADE_FROM = 'MADE_FROM', CONTAINS = 'CONTAINS', USES = 'USES', PART_OF = 'PART_OF',
  MAKES = 'MAKES', PRODUCES = 'PRODUCES', SUPPLIES = 'SUPPLIES', BASED_IN = 'BASED_IN', LOCATED_IN = 'LOCATED_IN',
  OPERATES = 'OPERATES', HIT = 'HIT', AT = 'AT', ATTRIBUTED_TO = 'ATTRIBUTED_TO', LACKED = 'LACKED',
  RESTRICTS = 'RESTRICTS', ISSUED_BY = 'ISSUED_BY', AMENDS = 'AMENDS', SUSPENDS = 'SUSPENDS',
  FROM = 'FROM', TO = 'TO', OF = 'OF', BY = 'BY', REPORTS = 'REPORTS', CITES = 'CITES',
}
const meaning: Record<RelationshipType, string> = {
  KIND_OF: 'Product → broader product.', MADE_FROM: 'Product → its input product.', CONTAINS: 'Product → element.',
  USES: 'Application → product.', PART_OF: 'Application → industry.', MAKES: 'Company → application.',
  PRODUCES: 'Company → product.', SUPPLIES: 'Company → customer company.', BASED_IN: 'Company → country.',
  LOCATED_IN: 'Facility → country.', OPERATES: 'Company → facility.', HIT: 'Disruption → company.',
  AT: 'Disruption → facility.', ATTRIBUTED_TO: 'Disruption → policy.', LACKED: 'Disruption → product lacked.',
  RESTRICTS: 'Policy → element or product.', ISSUED_BY: 'Policy → country.', AMENDS: 'Policy → policy amended.',
  SUSPENDS: 'Policy → policy suspended.', FROM: 'Trade flow → exporter.', TO: 'Trade flow → importer.',
  OF: 'Trade flow or production statistic → product or element.', BY: 'Production statistic → country.',
  REPORTS: 'Trade report → trade flow.', CITES: 'Fact node → source (provenance; a hub, so not followed by default).',
};
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'A relationship type of the graph, for traversals that may follow only some.',
  valuesConfig: Object.fromEntries(Object.entries(meaning).map(([key, description]) => [key, { description }])) as never,
});

/** Followed by default: the domain links, without provenance (CITES, REPORTS) and trade/statistics plumbing. */
export const DEFAULT_TRAVERSAL_TYPES: RelationshipType[] = [
  RelationshipType.KIND_OF, RelationshipType.MADE_FROM, RelationshipType.CONTAINS, RelationshipType.USES, RelationshipType.PART_OF,
  RelationshipType.MAKES, RelationshipType.PRODUCES, RelationshipType.SUPPLIES, RelationshipType.BASED_IN, RelationshipType.LOCATED_IN,
  RelationshipType.OPERATES, RelationshipType.HIT, RelationshipType.AT, RelationshipType.ATTRIBUTED_TO, RelationshipType.LACKED,
  RelationshipType.RESTRICTS, RelationshipType.ISSUED_BY, RelationshipType.AMENDS, RelationshipType.SUSPENDS,
];

/** Entity types the full-text index covers. */
export enum SearchType {
  Country = 'Country', Element = 'Element', Product = 'Product', Application = 'Application', Industry = 'Industry',
  Company = 'Company', Facility = 'Facility', Policy = 'Policy', Disruption = 'Disruption', Source = 'Source',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'An entity type covered by full-text search.',
  valuesConfig: Object.fromEntries(Object.keys(SearchType).map((key) => [key, { description: `${key} entities.` }])) as never,
});
