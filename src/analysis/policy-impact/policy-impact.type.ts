import { Field, ObjectType } from 'type-graphql';
import { Company } from '../../graph/company/company.type.js';
import { Country } from '../../graph/country/country.type.js';
import { Disruption } from '../../graph/disruption/disruption.type.js';
import { Facility } from '../../graph/facility/facility.type.js';
import { Policy } from '../../graph/policy/policy.type.js';
import { Product } from '../../graph/product/product.type.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { GraphNode, GraphSlice } from '../shared/graph.type.js';
import { ScoredDependent } from '../shared/dependent.type.js';
import { DependentApplication, DependentIndustry, DependentProduct } from '../export-dependents/export-dependents.type.js';

@ObjectType({ description: 'An element or product the policy restricts directly (RESTRICTS), with the link\'s confidence and sources.' })
export class RestrictedItem extends ScoredDependent {
  @Field(() => GraphNode, { description: 'The element or product.' })
  item: GraphNode;
}

@ObjectType({ description: 'A company that makes an affected application, produces an affected product, or was hit by a disruption attributed to the policy.' })
export class AffectedCompany extends ScoredDependent {
  @Field(() => Company, { description: 'The company.' })
  company: NodeRow;

  @Field(() => Country, { nullable: true, description: 'The country it is based in.' })
  country: NodeRow | null;

  @Field(() => [Disruption], { description: 'Disruptions attributed to the policy that hit it (HIT), by id.' })
  disruptions: NodeRow[];
}

@ObjectType({ description: 'A disruption attributed to the policy (ATTRIBUTED_TO): what it hit, where, and what was lacking.' })
export class AttributedDisruption extends ScoredDependent {
  @Field(() => Disruption, { description: 'The disruption.' })
  disruption: NodeRow;

  @Field(() => [Company], { description: 'Companies it hit, by id.' })
  hit: NodeRow[];

  @Field(() => [Facility], { description: 'Facilities where it happened (AT), by id.' })
  at: NodeRow[];

  @Field(() => [Product], { description: 'Products that were lacking (LACKED), by id.' })
  lacked: NodeRow[];
}

@ObjectType({ description: 'What a policy reaches: the elements and products it restricts, the products, applications, industries and companies downstream, and the disruptions attributed to it.' })
export class PolicyImpact {
  @Field(() => Policy, { description: 'The policy.' })
  policy: NodeRow;

  @Field(() => [RestrictedItem], { description: 'What it restricts directly (elements and products); by score, then id.' })
  restricts: RestrictedItem[];

  @Field(() => [DependentProduct], { description: 'Products it reaches: restricted ones, those containing a restricted element, and kinds of / products made from those (up to maxDepth links); by score, then id.' })
  products: DependentProduct[];

  @Field(() => [DependentApplication], { description: 'Applications that use those products; by score, then id.' })
  applications: DependentApplication[];

  @Field(() => [DependentIndustry], { description: 'Industries those applications belong to; by score, then id.' })
  industries: DependentIndustry[];

  @Field(() => [AffectedCompany], { description: 'Companies that make those applications or produce those products, or were hit by an attributed disruption; by score, then id.' })
  companies: AffectedCompany[];

  @Field(() => [AttributedDisruption], { description: 'Disruptions attributed to the policy (ATTRIBUTED_TO); by score, then id.' })
  disruptions: AttributedDisruption[];

  @Field(() => GraphSlice, { description: 'All of the above as one graph for a graph view (countries left out).' })
  graph: GraphSlice;

  @Field(() => String, { description: 'The score formula, in words.' })
  scoreFormula: string;
}
