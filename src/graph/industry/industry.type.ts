import { ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'An industry that applications belong to: automotive, wind power, medical imaging, ...' })
export class Industry extends Node {}
