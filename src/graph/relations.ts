import { E, type Entity } from './entities.js';
import { createRelationResolver, type RelationField } from './shared/relation.resolver.js';
import { ProductSupply, ProductUse } from './shared/edges.type.js';
import { figure, type FigureValue } from './shared/figure.js';
import { ValueBasis } from './shared/enums.js';
import type { RelationItem, NodeRow } from './shared/loaders.js';

/**
 * Every relationship field of the API, declared once: parent, field name, relationship type and
 * direction, target. Each becomes a field resolved through a per-request DataLoader.
 */
function relation(parent: Entity, field: string, type: string, direction: 'OUT' | 'IN', target: Entity, description: string, extra: Partial<RelationField<object>> = {}) {
  return createRelationResolver({
    parentType: parent.type, parent: parent.descriptor, field, type, direction,
    target: target.descriptor, targetType: target.type, targetWhere: target.where, targetOrderBy: target.orderBy,
    description, ...extra,
  });
}
const single = { single: true };

const productUse = (item: RelationItem, application: NodeRow, product: NodeRow): ProductUse => {
  const { rel } = item;
  const sourceIds = rel.sources ?? [];
  return {
    application: application as never, product: product as never,
    kgPerUnit: relationshipFigure(rel.kgPerUnit, kgPerUnit, rel, sourceIds),
    kgPerUnitMax: relationshipFigure(rel.kgPerUnitMax, kgPerUnit, rel, sourceIds),
    perUnit: rel.perUnit ?? null, critical: rel.critical ?? null, confidence: rel.confidence ?? null, sourceIds,
  };
};
const productSupply = (item: RelationItem, company: NodeRow, product: NodeRow): ProductSupply => {
  const { rel } = item;
  const sourceIds = rel.sources ?? [];
  return {
    company: company as never, product: product as never,
    capacity: relationshipFigure(rel.capacityTonnesPerYear, tonnesPerYear, rel, sourceIds),
    capacityBasis: rel.capacityBasis ?? null, confidence: rel.confidence ?? null, sourceIds,
  };
};

/** Units of the figures on relationships, built from the relationship only when it has the figure. */
const kgPerUnit = (rel: RelationItem['rel']) => `kg per ${rel.perUnit ?? 'unit'}`;
const tonnesPerYear = () => 't/yr';

/**
 * A figure the relationship states, with the relationship's sources. Checks for a number before
 * building anything (its unit, the input to figure()): a nested list that reads no figure fetches
 * no relationship properties, and then builds thousands of these edges whose figures are all null.
 */
function relationshipFigure(
  value: unknown, unit: (rel: RelationItem['rel']) => string, rel: RelationItem['rel'], sourceIds: string[],
): FigureValue | null {
  if (typeof value !== 'number') return null;
  return figure(value, { unit: unit(rel), basis: ValueBasis.REPORTED, sourceIds, confidence: rel.confidence, note: rel.note });
}

export const relationResolvers = [
  relation(E.Country, 'companies', 'BASED_IN', 'IN', E.Company, 'Companies based in this country.'),
  relation(E.Country, 'facilities', 'LOCATED_IN', 'IN', E.Facility, 'Facilities located in this country.'),
  relation(E.Country, 'exports', 'FROM', 'IN', E.TradeFlow, 'Trade flows from this country (filter by importer, product, period).'),
  relation(E.Country, 'imports', 'TO', 'IN', E.TradeFlow, 'Trade flows to this country (filter by exporter, product, period).'),
  relation(E.Country, 'productionStats', 'BY', 'IN', E.ProductionStat, "This country's production, reserves and shares."),
  relation(E.Country, 'policies', 'ISSUED_BY', 'IN', E.Policy, 'Policies this country issued.'),

  relation(E.Element, 'products', 'CONTAINS', 'IN', E.Product, 'Products that contain this element.'),
  relation(E.Element, 'restrictedBy', 'RESTRICTS', 'IN', E.Policy, 'Policies that restrict this element.'),
  relation(E.Element, 'productionStats', 'OF', 'IN', E.ProductionStat, 'Production statistics of this element.'),

  relation(E.Product, 'madeFrom', 'MADE_FROM', 'OUT', E.Product, 'The inputs this product is made from (one step up the processing chain).'),
  relation(E.Product, 'usedToMake', 'MADE_FROM', 'IN', E.Product, 'Products made from this one (one step down the chain).'),
  relation(E.Product, 'kindOf', 'KIND_OF', 'OUT', E.Product, 'Broader products this one is a kind of (e.g. sintered NdFeB → rare-earth permanent magnets).'),
  relation(E.Product, 'kinds', 'KIND_OF', 'IN', E.Product, 'Narrower products that are kinds of this one.'),
  relation(E.Product, 'elements', 'CONTAINS', 'OUT', E.Element, 'Elements this product contains.'),
  relation(E.Product, 'usedBy', 'USES', 'IN', E.Application, 'Applications that use this product, with the per-unit amounts and their sources.', {
    returns: { type: ProductUse, nodeField: 'application', map: (item: RelationItem, product: NodeRow) => productUse(item, item.node, product) },
  }),
  relation(E.Product, 'producers', 'PRODUCES', 'IN', E.Company, 'Companies producing this product, with capacities and their sources.', {
    returns: { type: ProductSupply, nodeField: 'company', map: (item: RelationItem, product: NodeRow) => productSupply(item, item.node, product) },
  }),
  relation(E.Product, 'tradeFlows', 'OF', 'IN', E.TradeFlow, 'Trade flows of this product.'),
  relation(E.Product, 'restrictedBy', 'RESTRICTS', 'IN', E.Policy, 'Policies that restrict this product directly.'),
  relation(E.Product, 'productionStats', 'OF', 'IN', E.ProductionStat, 'Production statistics of this product.'),

  relation(E.Application, 'uses', 'USES', 'OUT', E.Product, 'Products this application uses, with the per-unit amounts and their sources.', {
    returns: { type: ProductUse, nodeField: 'product', map: (item: RelationItem, application: NodeRow) => productUse(item, application, item.node) },
  }),
  relation(E.Application, 'industries', 'PART_OF', 'OUT', E.Industry, 'Industries this application belongs to.'),
  relation(E.Application, 'makers', 'MAKES', 'IN', E.Company, 'Companies that make this application.'),

  relation(E.Industry, 'applications', 'PART_OF', 'IN', E.Application, 'Applications belonging to this industry.'),

  relation(E.Company, 'country', 'BASED_IN', 'OUT', E.Country, 'The country the company is based in.', single),
  relation(E.Company, 'facilities', 'OPERATES', 'OUT', E.Facility, 'Facilities the company operates.'),
  relation(E.Company, 'products', 'PRODUCES', 'OUT', E.Product, 'Products the company produces, with capacities and their sources.', {
    returns: { type: ProductSupply, nodeField: 'product', map: (item: RelationItem, company: NodeRow) => productSupply(item, company, item.node) },
  }),
  relation(E.Company, 'applications', 'MAKES', 'OUT', E.Application, 'Applications the company makes.'),
  relation(E.Company, 'suppliers', 'SUPPLIES', 'IN', E.Company, 'Known suppliers of this company.'),
  relation(E.Company, 'customers', 'SUPPLIES', 'OUT', E.Company, 'Known customers of this company.'),
  relation(E.Company, 'disruptions', 'HIT', 'IN', E.Disruption, 'Disruptions recorded against this company.'),

  relation(E.Facility, 'country', 'LOCATED_IN', 'OUT', E.Country, 'The country the facility is in.', single),
  relation(E.Facility, 'operators', 'OPERATES', 'IN', E.Company, 'Companies operating the facility.'),
  relation(E.Facility, 'disruptions', 'AT', 'IN', E.Disruption, 'Disruptions recorded at this facility.'),

  relation(E.TradeFlow, 'exporter', 'FROM', 'OUT', E.Country, 'The exporting country.', single),
  relation(E.TradeFlow, 'importer', 'TO', 'OUT', E.Country, 'The importing country (or aggregate).', single),
  relation(E.TradeFlow, 'product', 'OF', 'OUT', E.Product, 'The product traded.', single),
  relation(E.TradeFlow, 'reports', 'REPORTS', 'IN', E.TradeReport, 'Every stored report of this flow, the preferred one among them.'),

  relation(E.TradeReport, 'flow', 'REPORTS', 'OUT', E.TradeFlow, 'The flow reported.', single),
  relation(E.TradeReport, 'source', 'CITES', 'OUT', E.Source, 'The source that made this report.', single),

  relation(E.ProductionStat, 'country', 'BY', 'OUT', E.Country, 'The producing country (or aggregate).', single),
  relation(E.ProductionStat, 'product', 'OF', 'OUT', E.Product, 'The product produced, when the statistic is of a product.', single),
  relation(E.ProductionStat, 'element', 'OF', 'OUT', E.Element, 'The element produced, when the statistic is of an element.', single),

  relation(E.Policy, 'issuedBy', 'ISSUED_BY', 'OUT', E.Country, 'The country that issued the policy.', single),
  relation(E.Policy, 'restrictsElements', 'RESTRICTS', 'OUT', E.Element, 'Elements the policy restricts.'),
  relation(E.Policy, 'restrictsProducts', 'RESTRICTS', 'OUT', E.Product, 'Products the policy restricts directly.'),
  relation(E.Policy, 'amends', 'AMENDS', 'OUT', E.Policy, 'Policies this one amends.'),
  relation(E.Policy, 'suspends', 'SUSPENDS', 'OUT', E.Policy, 'Policies this one suspends.'),
  relation(E.Policy, 'suspendedBy', 'SUSPENDS', 'IN', E.Policy, 'Policies that suspend this one.'),
  relation(E.Policy, 'disruptions', 'ATTRIBUTED_TO', 'IN', E.Disruption, 'Disruptions attributed to this policy.'),

  relation(E.Disruption, 'companies', 'HIT', 'OUT', E.Company, 'Companies hit.'),
  relation(E.Disruption, 'facilities', 'AT', 'OUT', E.Facility, 'Facilities where it happened.'),
  relation(E.Disruption, 'policies', 'ATTRIBUTED_TO', 'OUT', E.Policy, 'Policies it is attributed to.'),
  relation(E.Disruption, 'lacked', 'LACKED', 'OUT', E.Product, 'Products whose lack caused it.'),

  relation(E.Source, 'tradeReports', 'CITES', 'IN', E.TradeReport, 'Trade reports made by this source.'),
  relation(E.Source, 'disruptions', 'CITES', 'IN', E.Disruption, 'Disruptions this source reports.'),
  relation(E.Source, 'policies', 'CITES', 'IN', E.Policy, 'Policies this source documents.'),
  relation(E.Source, 'facilities', 'CITES', 'IN', E.Facility, 'Facilities whose facts this source states.'),
  relation(E.Source, 'productionStats', 'CITES', 'IN', E.ProductionStat, 'Production statistics this source states.'),
];
