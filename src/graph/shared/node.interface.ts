import { Field, ID, InterfaceType } from 'type-graphql';
import { Confidence } from './enums.js';
import { labelOf } from './labels.js';

/**
 * Every entity of the graph. Its id is global and stable (`country:CHN`, `company:ford`):
 * the prefix names the type, so `node(id)` and client caches can use it directly.
 */
@InterfaceType({
  description: 'An entity of the rare-earth graph, with a stable global id and the provenance of its facts.',
  resolveType: (value: { id: string }) => labelOf(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable global id: a type prefix and a readable key, e.g. "country:CHN".' })
  id: string;

  @Field(() => String, { description: 'Display name.' })
  name: string;

  @Field(() => Confidence, { nullable: true, description: 'How sure we are of the facts on this entity; null for plain reference data.' })
  confidence?: Confidence | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note: caveats, the arithmetic of a derived number, why confidence is not HIGH.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'A short quote from the source that states the fact.' })
  evidence?: string | null;
}
