import { int } from 'neo4j-driver';
import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { NotFoundError } from '../../errors.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { concentration } from '../maths/hhi.js';
import { toGraphNode } from '../shared/graph.js';
import type { ConcentrationArgs } from './concentration.args.js';
import type { Concentration } from './concentration.type.js';

const WORLD = 'country:WLD';

/** One round trip: the country figures with their sources; shares and HHI computed here. */
export async function loadConcentration(db: Executor, args: ConcentrationArgs): Promise<Concentration> {
  const [row] = await db.read(cypher('queries/analysis/concentration'), {
    ofId: args.of, stage: args.stage, measure: args.measure, year: args.year === null || args.year === undefined ? null : int(args.year),
  }, 'concentration');
  if (!row) throw new NotFoundError('Product or Element', args.of);
  const rows = row.rows as { stat: NodeRow; country: NodeRow; sources: NodeRow[] }[];
  const world = rows.find((entry) => entry.country.id === WORLD);
  const countries = rows.filter((entry) => entry.country.id !== WORLD && typeof entry.stat.quantityTonnes === 'number');
  const computed = concentration(
    countries.map((entry) => ({ countryId: entry.country.id, quantity: entry.stat.quantityTonnes, residual: entry.country.isAggregate === true })),
    world?.stat.quantityTonnes ?? null,
  );
  const byId = new Map(countries.map((entry) => [entry.country.id, entry]));
  return {
    of: toGraphNode(row.of),
    year: row.year ?? null,
    worldTotalTonnes: computed?.worldTotal ?? null,
    worldTotalBasis: computed?.worldTotalBasis ?? null,
    shares: (computed?.shares ?? []).map((share) => {
      const entry = byId.get(share.countryId)!;
      return { country: entry.country, quantityTonnes: share.quantity, sharePct: share.sharePct, residual: share.residual, stat: entry.stat, sources: entry.sources };
    }),
    hhi: computed?.hhi ?? null,
    hhiUpperBound: computed?.hhiUpperBound ?? null,
    worldSources: world?.sources ?? [],
  };
}
