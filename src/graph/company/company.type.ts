import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A company or an industry association: miners, separators, magnet makers, OEMs, ...' })
export class Company extends Node {
  @Field(() => [String], { description: 'Other names (e.g. "JL MAG" for JL MAG Rare-Earth Co.).' })
  aliases: string[];

  @Field(() => [String], { description: 'Roles in the chain: MINER, SEPARATOR, METAL_MAKER, MAGNET_MAKER, COMPONENT_MAKER, OEM, ASSOCIATION.' })
  roles: string[];
}
