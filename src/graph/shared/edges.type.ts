import { Field, ObjectType } from 'type-graphql';
import { Application } from '../application/application.type.js';
import { Product } from '../product/product.type.js';
import { Company } from '../company/company.type.js';
import { Confidence } from './enums.js';
import { Figure } from './figure.type.js';

/** Relationships that carry facts of their own get a type, so their numbers keep their sources. */
@ObjectType({ simpleResolvers: true, description: 'An application using a product (USES), with how much per unit where a source says.' })
export class ProductUse {
  @Field(() => Application, { description: 'The application.' })
  application: Application;

  @Field(() => Product, { description: 'The product it uses.' })
  product: Product;

  @Field(() => Figure, { nullable: true, description: 'Kilograms of the product per unit (`perUnit`), with sources; a range gives its low end here and the high end in `kgPerUnitMax`.' })
  kgPerUnit?: Figure | null;

  @Field(() => Figure, { nullable: true, description: 'High end of the per-unit range, where the source gives a range.' })
  kgPerUnitMax?: Figure | null;

  @Field(() => String, { nullable: true, description: 'What one unit is, e.g. "vehicle" or "MW".' })
  perUnit?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the application cannot work without it.' })
  critical?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Confidence in this link.' })
  confidence?: Confidence | null;

  /** Source ids of the link, resolved by EdgeSourcesResolver. */
  sourceIds: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A company producing a product (PRODUCES), with its capacity where a source gives it.' })
export class ProductSupply {
  @Field(() => Company, { description: 'The producer.' })
  company: Company;

  @Field(() => Product, { description: 'The product.' })
  product: Product;

  @Field(() => Figure, { nullable: true, description: 'Capacity in tonnes per year, with sources.' })
  capacity?: Figure | null;

  @Field(() => String, { nullable: true, description: 'What the capacity figure means: nameplate, target, planned, ...' })
  capacityBasis?: string | null;

  @Field(() => Confidence, { nullable: true, description: 'Confidence in this link.' })
  confidence?: Confidence | null;

  /** Source ids of the link, resolved by EdgeSourcesResolver. */
  sourceIds: string[];
}
