import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Country } from '../../graph/country/country.type.js';
import { ProductionStat } from '../../graph/production-stat/production-stat.type.js';
import { Source } from '../../graph/source/source.type.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { GraphNode } from '../shared/graph.type.js';

@ObjectType({ description: 'One country\'s share: its figure (REPORTED) and its share of the world total (COMPUTED).' })
export class CountryShare {
  @Field(() => Country, { description: 'The country (or a residual group such as "Other countries").' })
  country: NodeRow;

  @Field(() => Float, { description: 'Its figure in tonnes, as reported.' })
  quantityTonnes: number;

  @Field(() => Float, { description: 'Its share of the world total in percent, rounded to 2 decimals (COMPUTED).' })
  sharePct: number;

  @Field(() => Boolean, { description: 'Whether it groups several countries (left out of `hhi`).' })
  residual: boolean;

  @Field(() => ProductionStat, { description: 'The statistic the figure comes from.' })
  stat: NodeRow;

  @Field(() => [Source], { description: 'The sources of the figure.' })
  sources: NodeRow[];
}

@ObjectType({ description: 'Market concentration by country: shares and the Herfindahl-Hirschman index, with the input figures and their sources.' })
export class Concentration {
  @Field(() => GraphNode, { description: 'The product or element.' })
  of: GraphNode;

  @Field(() => Int, { nullable: true, description: 'The year of the figures; null when there are none.' })
  year: number | null;

  @Field(() => Float, { nullable: true, description: 'The denominator in tonnes: the reported world figure, or the sum of the countries when none is stored.' })
  worldTotalTonnes: number | null;

  @Field(() => String, { nullable: true, description: 'REPORTED_WORLD or SUM_OF_COUNTRIES.' })
  worldTotalBasis: string | null;

  @Field(() => [CountryShare], { description: 'Countries by figure, largest first (ties by id).' })
  shares: CountryShare[];

  @Field(() => Float, { nullable: true, description: 'HHI = Σ sharePct² over single countries (0-10,000; COMPUTED); residual groups left out, so a lower bound.' })
  hhi: number | null;

  @Field(() => Float, { nullable: true, description: 'HHI counting each residual group as one country: an upper bound.' })
  hhiUpperBound: number | null;

  @Field(() => [Source], { description: 'The source(s) of the world total, when reported.' })
  worldSources: NodeRow[];
}
