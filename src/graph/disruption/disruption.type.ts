import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A recorded disruption: a production halt, line shutdown, cut, shortage warning or delay.' })
export class Disruption extends Node {
  @Field(() => String, { description: 'PRODUCTION_HALT, LINE_SHUTDOWN, PRODUCTION_CUT, SHORTAGE_WARNING, DELIVERY_DELAY, LICENCE_DELAY or PRICE_SPIKE.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'When it started (YYYY-MM-DD or YYYY-MM).' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ended, if known.' })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When a source reported it (several events have no known start date).' })
  reportedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  summary?: string | null;

  @Field(() => Float, { nullable: true, description: 'How long it lasted in days, only where a source states a duration.' })
  durationDays?: number | null;
}
