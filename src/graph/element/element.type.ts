import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A chemical element: the 17 rare earths, and cobalt and boron that magnets also contain.' })
export class Element extends Node {
  @Field(() => String, { description: 'Chemical symbol, e.g. "Dy".' })
  symbol: string;

  @Field(() => Int, { nullable: true, description: 'Atomic number (IUPAC).' })
  atomicNumber?: number | null;

  @Field(() => String, { nullable: true, description: 'LIGHT or HEAVY rare earth, or OTHER for non-rare-earth elements.' })
  group?: string | null;
}
