import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'An export control, licensing rule, tariff, trade agreement or suspension.' })
export class Policy extends Node {
  @Field(() => String, { description: 'Title of the policy.' })
  title: string;

  @Field(() => String, { description: 'EXPORT_CONTROL, LICENSING, TARIFF, TRADE_AGREEMENT, SUSPENSION, PROCUREMENT_RULE or EXPORT_BAN.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'Official reference, e.g. "MOFCOM/GACC Announcement No. 18 of 2025".' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was announced (YYYY-MM-DD or YYYY-MM).' })
  announcedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When it took effect.' })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ends or ended, if known.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  summary?: string | null;
}
