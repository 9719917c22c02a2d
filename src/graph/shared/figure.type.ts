import { Field, Float, ObjectType } from 'type-graphql';
import { Confidence, ValueBasis } from './enums.js';

/** A number with its provenance: what it is, where it comes from, and how sure we are. */
@ObjectType({ simpleResolvers: true, description: 'A number together with its unit, whether it was reported or computed, its sources and its confidence.' })
export class Figure {
  @Field(() => Float, { description: 'The value, in `unit`.' })
  value: number;

  @Field(() => String, { description: 'The unit of `value`, e.g. "t", "USD", "%", "t/yr".' })
  unit: string;

  @Field(() => ValueBasis, { description: 'REPORTED by a source, DERIVED at curation, or COMPUTED by this API.' })
  basis: ValueBasis;

  @Field(() => Confidence, { nullable: true, description: 'Confidence of the data behind the value.' })
  confidence?: Confidence | null;

  /** Source ids; resolved to Source objects by FigureResolver through the per-request loader. */
  sourceIds: string[];

  @Field(() => String, { nullable: true, description: 'How the value was obtained when it is not plainly reported.' })
  note?: string | null;
}
