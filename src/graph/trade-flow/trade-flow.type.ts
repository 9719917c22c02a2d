import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.interface.js';

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'The flow of one product from one country to another in one month. Sources may report it differently: every report is kept (`reports`) and the flow shows a preferred value, chosen by a documented rule (`preferredReason`).',
})
export class TradeFlow extends Node {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  period: string;

  @Field(() => String, { description: 'ISO3 code of the exporting country.' })
  exporterIso3: string;

  @Field(() => String, { description: 'ISO3 code of the importing country (WLD = to the world in total).' })
  importerIso3: string;

  @Field(() => String, { nullable: true, description: 'HS code, where the source names it.' })
  hsCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'Preferred reported quantity in metric tonnes (see `quantity` for its sources).' })
  quantityTonnes?: number | null;

  @Field(() => Float, { nullable: true, description: 'Preferred reported value in US dollars, when a source states one.' })
  valueUsd?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the preferred report was chosen over the others (the rule is in the README).' })
  preferredReason?: string | null;

  @Field(() => Boolean, { description: 'True when the reports of this flow give different quantities.' })
  reportsDisagree: boolean;

  @Field(() => Int, { description: 'How many reports of this flow are stored.' })
  reportCount: number;

  /** Ids of the reports the preferred quantity and value come from (resolved by TradeFlowResolver). */
  quantityReportId?: string | null;
  valueReportId?: string | null;
  productId: string;
}
