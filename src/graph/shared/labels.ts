/**
 * The node labels of the graph and the prefixes of their global ids (`country:CHN`).
 * An id names its label, so `node(id)` and every loader know where to look without a scan.
 * This list is also the whitelist for labels that appear in generated Cypher.
 */
export const LABEL_BY_PREFIX = {
  country: 'Country',
  element: 'Element',
  product: 'Product',
  application: 'Application',
  industry: 'Industry',
  company: 'Company',
  facility: 'Facility',
  flow: 'TradeFlow',
  report: 'TradeReport',
  stat: 'ProductionStat',
  policy: 'Policy',
  disruption: 'Disruption',
  source: 'Source',
} as const;

export type Label = (typeof LABEL_BY_PREFIX)[keyof typeof LABEL_BY_PREFIX];
export const LABELS = Object.values(LABEL_BY_PREFIX) as Label[];

const ID_PATTERN = /^([a-z]+):(\S{1,200})$/;

/** The label an id belongs to, or undefined when the id is malformed or its prefix unknown. */
export function labelOf(id: string): Label | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  return prefix !== undefined && prefix in LABEL_BY_PREFIX ? LABEL_BY_PREFIX[prefix as keyof typeof LABEL_BY_PREFIX] : undefined;
}

export function isLabel(value: string): value is Label {
  return (LABELS as string[]).includes(value);
}
