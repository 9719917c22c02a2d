import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A use of rare-earth products: EV drive motors, wind turbine generators, MRI scanners, ...' })
export class Application extends Node {
  @Field(() => String, { nullable: true, description: 'What it is and why it needs rare earths.' })
  description?: string | null;

  @Field(() => [String], { description: 'Other names.' })
  aliases: string[];
}
