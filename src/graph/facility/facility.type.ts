import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A mine, separation plant, magnet plant or assembly plant.' })
export class Facility extends Node {
  @Field(() => String, { description: 'MINE, SEPARATION, REFINERY, METAL_PLANT, MAGNET_PLANT or ASSEMBLY_PLANT.' })
  kind: string;

  @Field(() => Float, { nullable: true, description: 'Capacity in tonnes per year, as reported (see `capacity` for its unit, basis and sources).' })
  capacityTonnesPerYear?: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of the capacity, where the source gives a range.' })
  capacityTonnesPerYearMax?: number | null;

  @Field(() => String, { nullable: true, description: 'Town or region.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'What the capacity figure means: "nameplate", "target end-2025", "planned", ...' })
  capacityBasis?: string | null;

  @Field(() => String, { nullable: true, description: 'What the capacity counts, e.g. "t/yr NdFeB" or "t/yr REO".' })
  capacityUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'OPERATING, PLANNED, UNDER_CONSTRUCTION, IDLED, ...' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'When the facts on this facility were stated.' })
  asOf?: string | null;
}
