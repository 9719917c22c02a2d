import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: "A country's production (or reserves, or share of world output) at one stage in one year, USGS-style." })
export class ProductionStat extends Node {
  @Field(() => Int, { description: 'The year the figure describes.' })
  year: number;

  @Field(() => String, { description: 'MINING, REFINING, SEPARATION, MAGNETS or RESERVES.' })
  stage: string;

  @Field(() => Float, { nullable: true, description: 'Quantity in metric tonnes (on `basis`, e.g. REO), as reported.' })
  quantityTonnes?: number | null;

  @Field(() => Float, { nullable: true, description: "Share of world output in percent, where the source gives a share instead of a tonnage." })
  sharePct?: number | null;

  @Field(() => String, { nullable: true, description: 'What the tonnage counts, e.g. "REO" (rare-earth oxide equivalent).' })
  basis?: string | null;

  @Field(() => String, { nullable: true, description: 'PRODUCTION, RESERVES, QUOTA or SHARE: never add figures of different measures (China\'s 2024 quota equals its USGS production figure).' })
  measure?: string | null;

  @Field(() => Float, { nullable: true, description: 'High end of a share range, where the source gives a range (e.g. 10-20 %).' })
  sharePctMax?: number | null;

  @Field(() => String, { nullable: true, description: 'MORE_THAN when the source says "more than" the figure.' })
  qualifier?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a projection rather than a measured figure.' })
  isProjection?: boolean | null;
}
