import { Field, ObjectType } from 'type-graphql';
import { Application } from '../../graph/application/application.type.js';
import { Company } from '../../graph/company/company.type.js';
import { Country } from '../../graph/country/country.type.js';
import { Disruption } from '../../graph/disruption/disruption.type.js';
import { Industry } from '../../graph/industry/industry.type.js';
import { Policy } from '../../graph/policy/policy.type.js';
import { Product } from '../../graph/product/product.type.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { GraphNode, GraphPath, GraphSlice } from '../shared/graph.type.js';
import { ScoredDependent } from '../shared/dependent.type.js';
import { TradeSeries } from '../trade-series/trade-series.type.js';

@ObjectType({ description: 'A product that is a kind of, or made from, the traced product.' })
export class DependentProduct extends ScoredDependent {
  @Field(() => Product, { description: 'The product.' })
  product: NodeRow;
}

@ObjectType({ description: 'An application that uses the traced product or a product depending on it.' })
export class DependentApplication extends ScoredDependent {
  @Field(() => Application, { description: 'The application.' })
  application: NodeRow;
}

@ObjectType({ description: 'An industry that such applications belong to.' })
export class DependentIndustry extends ScoredDependent {
  @Field(() => Industry, { description: 'The industry.' })
  industry: NodeRow;
}

@ObjectType({ description: 'A company that makes such an application or produces such a product, with the disruptions recorded against it.' })
export class DependentCompany extends ScoredDependent {
  @Field(() => Company, { description: 'The company.' })
  company: NodeRow;

  @Field(() => Country, { nullable: true, description: 'The country it is based in.' })
  country: NodeRow | null;

  @Field(() => Boolean, { description: 'Whether it is based in the importing country (those are listed first).' })
  inImportingCountry: boolean;

  @Field(() => [Disruption], { description: 'Disruptions recorded against it (HIT), by id.' })
  disruptions: NodeRow[];
}

@ObjectType({ description: 'A policy that restricts the traced product, a product depending on it, or an element they contain.' })
export class RestrictingPolicy {
  @Field(() => Policy, { description: 'The policy.' })
  policy: NodeRow;

  @Field(() => [GraphNode], { description: 'What it restricts among the products and elements reached.' })
  restricts: GraphNode[];

  @Field(() => [GraphPath], { description: 'How it is linked to the traced product, shortest first.' })
  paths: GraphPath[];
}

@ObjectType({ description: 'Who depends on an export, and why: the flow, downstream products, applications, industries, companies (importing country first), disruptions and restricting policies.' })
export class ExportDependents {
  @Field(() => TradeSeries, { description: 'The flow in the requested month(s): volumes, computed and reported changes, reports and sources.' })
  flow: TradeSeries;

  @Field(() => [DependentProduct], { description: 'Products that are kinds of, or made from, the product; by score, then id.' })
  products: DependentProduct[];

  @Field(() => [DependentApplication], { description: 'Applications that depend on it; by score, then id.' })
  applications: DependentApplication[];

  @Field(() => [DependentIndustry], { description: 'Industries that depend on it; by score, then id.' })
  industries: DependentIndustry[];

  @Field(() => [DependentCompany], { description: 'Companies that depend on it: those in the importing country first, then by score, then id.' })
  companies: DependentCompany[];

  @Field(() => [Disruption], { description: 'Every disruption recorded against those companies, by id.' })
  disruptions: NodeRow[];

  @Field(() => [RestrictingPolicy], { description: 'Policies restricting the product, its dependent products or their elements; by id.' })
  policies: RestrictingPolicy[];

  @Field(() => GraphSlice, { description: 'All of the above as one graph for a graph view.' })
  graph: GraphSlice;

  @Field(() => String, { description: 'The score formula, in words.' })
  scoreFormula: string;
}
