import { registerEnumType } from 'type-graphql';
import type { Label } from '../graph/shared/labels.js';

/**
 * The relationships curators may write, each with its allowed endpoint labels and the only
 * properties it may carry. This is also the whitelist for relationship types and labels that
 * appear in the generated Cypher: nothing from a request reaches Cypher text.
 */
export enum LinkType {
  USES = 'USES', MADE_FROM = 'MADE_FROM', KIND_OF = 'KIND_OF', CONTAINS = 'CONTAINS', PART_OF = 'PART_OF',
  PRODUCES = 'PRODUCES', MAKES = 'MAKES', SUPPLIES = 'SUPPLIES', OPERATES = 'OPERATES', BASED_IN = 'BASED_IN', LOCATED_IN = 'LOCATED_IN',
  HIT = 'HIT', AT = 'AT', ATTRIBUTED_TO = 'ATTRIBUTED_TO', LACKED = 'LACKED',
  RESTRICTS = 'RESTRICTS', ISSUED_BY = 'ISSUED_BY', AMENDS = 'AMENDS', SUSPENDS = 'SUSPENDS',
}

export interface LinkRule {
  from: Label[];
  to: Label[];
  properties: string[];
  description: string;
}

export const LINK_RULES: Record<LinkType, LinkRule> = {
  USES: { from: ['Application'], to: ['Product'], properties: ['kgPerUnit', 'kgPerUnitMax', 'perUnit', 'critical'], description: 'Application → Product it uses (optional kgPerUnit, kgPerUnitMax, perUnit, critical).' },
  MADE_FROM: { from: ['Product'], to: ['Product'], properties: [], description: 'Product → the product it is made from.' },
  KIND_OF: { from: ['Product'], to: ['Product'], properties: [], description: 'Product → a broader product it is a kind of.' },
  CONTAINS: { from: ['Product'], to: ['Element'], properties: [], description: 'Product → an element it contains.' },
  PART_OF: { from: ['Application'], to: ['Industry'], properties: [], description: 'Application → the industry it belongs to.' },
  PRODUCES: { from: ['Company'], to: ['Product'], properties: ['capacityTonnesPerYear', 'capacityUnit'], description: 'Company → a product it produces (optional capacityTonnesPerYear, capacityUnit).' },
  MAKES: { from: ['Company'], to: ['Application'], properties: [], description: 'Company → an application it makes.' },
  SUPPLIES: { from: ['Company'], to: ['Company'], properties: ['product'], description: 'Supplier company → customer company (optional product).' },
  OPERATES: { from: ['Company'], to: ['Facility'], properties: [], description: 'Company → a facility it operates.' },
  BASED_IN: { from: ['Company'], to: ['Country'], properties: [], description: 'Company → the country it is based in.' },
  LOCATED_IN: { from: ['Facility'], to: ['Country'], properties: [], description: 'Facility → the country it is in.' },
  HIT: { from: ['Disruption'], to: ['Company'], properties: [], description: 'Disruption → a company it hit.' },
  AT: { from: ['Disruption'], to: ['Facility'], properties: [], description: 'Disruption → the facility where it happened.' },
  ATTRIBUTED_TO: { from: ['Disruption'], to: ['Policy'], properties: [], description: 'Disruption → a policy it is attributed to.' },
  LACKED: { from: ['Disruption'], to: ['Product'], properties: [], description: 'Disruption → a product whose lack caused it.' },
  RESTRICTS: { from: ['Policy'], to: ['Element', 'Product'], properties: ['scope'], description: 'Policy → an element or product it restricts (optional scope).' },
  ISSUED_BY: { from: ['Policy'], to: ['Country'], properties: [], description: 'Policy → the country that issued it.' },
  AMENDS: { from: ['Policy'], to: ['Policy'], properties: [], description: 'Policy → a policy it amends.' },
  SUSPENDS: { from: ['Policy'], to: ['Policy'], properties: [], description: 'Policy → a policy it suspends.' },
};

/** Every figure-bearing or qualifying property a LinkInput may carry (checked against LINK_RULES). */
export const LINK_PROPERTIES = ['kgPerUnit', 'kgPerUnitMax', 'perUnit', 'critical', 'capacityTonnesPerYear', 'capacityUnit', 'scope', 'product'] as const;

registerEnumType(LinkType, {
  name: 'LinkType',
  description: 'Relationship types curators may write, each between fixed labels.',
  valuesConfig: Object.fromEntries(Object.entries(LINK_RULES).map(([type, rule]) => [type, { description: rule.description }])) as Record<LinkType, { description: string }>,
});
