import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A product along the processing chain: ore, concentrate, oxide, metal, alloy, magnet, component, or a customs category.' })
export class Product extends Node {
  @Field(() => String, { nullable: true, description: 'ORE, CONCENTRATE, OXIDE, METAL, ALLOY, MAGNET, COMPONENT or COMPOUND; null for customs aggregates that mix stages.' })
  stage?: string | null;

  @Field(() => String, { nullable: true, description: 'Harmonized System code, where a source names it (e.g. "8505.11").' })
  hsCode?: string | null;

  @Field(() => [String], { description: 'National tariff codes as ISO3:code (e.g. CHN:85051110), where a source names them; empty when none recorded.' })
  nationalCodes: string[];

  @Field(() => [String], { description: 'Other names, including the series names the trade sources use.' })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'What the product is.' })
  description?: string | null;
}
