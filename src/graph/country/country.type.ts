import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A country, or an aggregate such as the world total (WLD) or the EU-27 (EUU).' })
export class Country extends Node {
  @Field(() => String, { description: 'ISO 3166 alpha-3 code (WLD = world total, EUU = EU-27).' })
  iso3: string;

  @Field(() => String, { nullable: true, description: 'World region.' })
  region?: string | null;

  @Field(() => [String], { description: 'Other names the country goes by (e.g. Burma).' })
  aliases: string[];

  @Field(() => Boolean, { description: 'True for aggregates (world total, EU-27, residual "other countries"), which must not be summed with their members.' })
  isAggregate: boolean;
}
