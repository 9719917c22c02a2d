import type { ClassType } from 'type-graphql';
import type { EntityDescriptor } from './shared/entity.js';
import { createEntityResolver } from './shared/entity.resolver.js';
import { Country } from './country/country.type.js';
import { CountryOrderBy, CountryWhere, countryDescriptor } from './country/country.args.js';
import { Element } from './element/element.type.js';
import { ElementOrderBy, ElementWhere, elementDescriptor } from './element/element.args.js';
import { Product } from './product/product.type.js';
import { ProductOrderBy, ProductWhere, productDescriptor } from './product/product.args.js';
import { Application } from './application/application.type.js';
import { ApplicationOrderBy, ApplicationWhere, applicationDescriptor } from './application/application.args.js';
import { Industry } from './industry/industry.type.js';
import { IndustryOrderBy, IndustryWhere, industryDescriptor } from './industry/industry.args.js';
import { Company } from './company/company.type.js';
import { CompanyOrderBy, CompanyWhere, companyDescriptor } from './company/company.args.js';
import { Facility } from './facility/facility.type.js';
import { FacilityOrderBy, FacilityWhere, facilityDescriptor } from './facility/facility.args.js';
import { TradeFlow } from './trade-flow/trade-flow.type.js';
import { TradeFlowOrderBy, TradeFlowWhere, tradeFlowDescriptor } from './trade-flow/trade-flow.args.js';
import { TradeReport } from './trade-report/trade-report.type.js';
import { TradeReportOrderBy, TradeReportWhere, tradeReportDescriptor } from './trade-report/trade-report.args.js';
import { ProductionStat } from './production-stat/production-stat.type.js';
import { ProductionStatOrderBy, ProductionStatWhere, productionStatDescriptor } from './production-stat/production-stat.args.js';
import { Policy } from './policy/policy.type.js';
import { PolicyOrderBy, PolicyWhere, policyDescriptor } from './policy/policy.args.js';
import { Disruption } from './disruption/disruption.type.js';
import { DisruptionOrderBy, DisruptionWhere, disruptionDescriptor } from './disruption/disruption.args.js';
import { Source } from './source/source.type.js';
import { SourceOrderBy, SourceWhere, sourceDescriptor } from './source/source.args.js';

/** One entry per entity type: what the generic lookup, list and relation machinery works from. */
export interface Entity {
  descriptor: EntityDescriptor;
  type: ClassType;
  where: ClassType;
  orderBy: ClassType;
}

const entity = (descriptor: EntityDescriptor, type: ClassType, where: ClassType, orderBy: ClassType): Entity => ({ descriptor, type, where, orderBy });

export const E = {
  Country: entity(countryDescriptor, Country, CountryWhere, CountryOrderBy),
  Element: entity(elementDescriptor, Element, ElementWhere, ElementOrderBy),
  Product: entity(productDescriptor, Product, ProductWhere, ProductOrderBy),
  Application: entity(applicationDescriptor, Application, ApplicationWhere, ApplicationOrderBy),
  Industry: entity(industryDescriptor, Industry, IndustryWhere, IndustryOrderBy),
  Company: entity(companyDescriptor, Company, CompanyWhere, CompanyOrderBy),
  Facility: entity(facilityDescriptor, Facility, FacilityWhere, FacilityOrderBy),
  TradeFlow: entity(tradeFlowDescriptor, TradeFlow, TradeFlowWhere, TradeFlowOrderBy),
  TradeReport: entity(tradeReportDescriptor, TradeReport, TradeReportWhere, TradeReportOrderBy),
  ProductionStat: entity(productionStatDescriptor, ProductionStat, ProductionStatWhere, ProductionStatOrderBy),
  Policy: entity(policyDescriptor, Policy, PolicyWhere, PolicyOrderBy),
  Disruption: entity(disruptionDescriptor, Disruption, DisruptionWhere, DisruptionOrderBy),
  Source: entity(sourceDescriptor, Source, SourceWhere, SourceOrderBy),
} as const;

/** `country(id)` / `countries(...)` and the same for every entity. */
export const entityResolvers = Object.values(E).map(({ descriptor, type, where, orderBy }) => createEntityResolver(descriptor, type, where, orderBy));

/** Object types that only appear through the Node interface still need registering. */
export const entityTypes = Object.values(E).map(({ type }) => type);
