import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Company } from '../../graph/company/company.type.js';
import { Disruption } from '../../graph/disruption/disruption.type.js';
import { Element } from '../../graph/element/element.type.js';
import { Policy } from '../../graph/policy/policy.type.js';
import { Product } from '../../graph/product/product.type.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { GraphNode, GraphSlice } from '../shared/graph.type.js';
import { ScoredDependent } from '../shared/dependent.type.js';
import { CountryShare } from '../concentration/concentration.type.js';
import { RestrictingPolicy } from '../export-dependents/export-dependents.type.js';

@ObjectType({ description: 'A product upstream: used or produced by the entity, or what such a product is made from or a kind of.' })
export class UpstreamProduct extends ScoredDependent {
  @Field(() => Product, { description: 'The product.' })
  product: NodeRow;
}

@ObjectType({ description: 'An element that an upstream product contains (CONTAINS).' })
export class UpstreamElement extends ScoredDependent {
  @Field(() => Element, { description: 'The element.' })
  element: NodeRow;
}

@ObjectType({ description: 'A company that produces an upstream product (PRODUCES).' })
export class UpstreamProducer extends ScoredDependent {
  @Field(() => Company, { description: 'The company.' })
  company: NodeRow;

  @Field(() => [Product], { description: 'The upstream products it produces, by id.' })
  produces: NodeRow[];
}

@ObjectType({ description: 'Who produces an upstream product or element: the latest year\'s figures by country (REPORTED), shares and HHI (COMPUTED, as `concentration`).' })
export class ProducingCountries {
  @Field(() => GraphNode, { description: 'The product or element.' })
  of: GraphNode;

  @Field(() => String, { description: 'The stage of the statistics, as stored (e.g. MINING).' })
  stage: string;

  @Field(() => Int, { description: 'The latest year with production figures for it at that stage.' })
  year: number;

  @Field(() => Float, { nullable: true, description: 'The denominator in tonnes: the reported world figure, or the sum of the countries when none is stored.' })
  worldTotalTonnes: number | null;

  @Field(() => String, { nullable: true, description: 'REPORTED_WORLD or SUM_OF_COUNTRIES.' })
  worldTotalBasis: string | null;

  @Field(() => [CountryShare], { description: 'Countries by figure, largest first (ties by id), with their sources.' })
  shares: CountryShare[];

  @Field(() => Float, { nullable: true, description: 'HHI = Σ sharePct² over single countries (0-10,000; COMPUTED); residual groups left out, so a lower bound.' })
  hhi: number | null;

  @Field(() => Float, { nullable: true, description: 'HHI counting each residual group as one country: an upper bound.' })
  hhiUpperBound: number | null;
}

@ObjectType({ description: 'A suspension of a restricting policy (SUSPENDS) and its window.' })
export class PolicySuspension {
  @Field(() => Policy, { description: 'The suspending policy.' })
  by: NodeRow;

  @Field(() => String, { nullable: true, description: 'First day of the suspension, as stored.' })
  suspendedFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the suspension, as stored; null when open.' })
  suspendedUntil: string | null;
}

@ObjectType({ description: 'A policy restricting an upstream product or element, and whether it is in force on `asOf`.' })
export class UpstreamRestriction extends RestrictingPolicy {
  @Field(() => Boolean, { nullable: true, description: 'In force on `asOf`: started (effectiveOn, else announcedOn), not ended (endsOn), not inside a suspension window. Null when no start date is known.' })
  inForce: boolean | null;

  @Field(() => [PolicySuspension], { description: 'Suspensions recorded against it, by suspending policy id.' })
  suspensions: PolicySuspension[];
}

@ObjectType({ description: 'A disruption on the way: it LACKED an upstream product, or HIT the entity or a producer of an upstream product.' })
export class UpstreamDisruption extends ScoredDependent {
  @Field(() => Disruption, { description: 'The disruption.' })
  disruption: NodeRow;

  @Field(() => [Company], { description: 'Companies it hit (HIT), by id.' })
  hit: NodeRow[];

  @Field(() => [Product], { description: 'Products that were lacking (LACKED), by id.' })
  lacked: NodeRow[];

  @Field(() => [Policy], { description: 'Policies it is attributed to (ATTRIBUTED_TO), by id.' })
  attributedTo: NodeRow[];
}

@ObjectType({ description: 'The upstream view from a company, application or industry: products, elements, producers, producing countries with shares, restrictions in force and disruptions on the way.' })
export class SupplyChain {
  @Field(() => GraphNode, { description: 'The company, application or industry looked from.' })
  of: GraphNode;

  @Field(() => String, { description: 'The date `restrictions.inForce` is judged on (YYYY-MM-DD).' })
  asOf: string;

  @Field(() => [UpstreamProduct], { description: 'Products it uses (through the applications it makes or that belong to it) or produces, and what those are made from or kinds of (up to maxDepth links); by score, then id.' })
  products: UpstreamProduct[];

  @Field(() => [UpstreamElement], { description: 'Elements those products contain; by score, then id.' })
  elements: UpstreamElement[];

  @Field(() => [UpstreamProducer], { description: 'Companies that produce those products; by score, then id.' })
  producers: UpstreamProducer[];

  @Field(() => [ProducingCountries], { description: 'Production by country (measure PRODUCTION, latest year per stage) for every upstream product or element that has such figures; by id, then stage.' })
  producingCountries: ProducingCountries[];

  @Field(() => [UpstreamRestriction], { description: 'Policies restricting those products or elements, with their paths and whether they are in force; by id.' })
  restrictions: UpstreamRestriction[];

  @Field(() => [UpstreamDisruption], { description: 'Disruptions on the way; by score, then id.' })
  disruptions: UpstreamDisruption[];

  @Field(() => GraphSlice, { description: 'All of the above as one graph for a graph view (production statistics and countries left out).' })
  graph: GraphSlice;

  @Field(() => String, { description: 'The score formula, in words.' })
  scoreFormula: string;
}
