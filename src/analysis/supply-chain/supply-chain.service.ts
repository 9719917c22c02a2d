import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { labelOf } from '../../graph/shared/labels.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { concentration } from '../maths/hhi.js';
import { inForceOn, type PolicyDates } from '../maths/in-force.js';
import { LIMITS, bounded, withBound } from '../maths/limits.js';
import { merge, scoreDependents, startPath, step, type ShapedPath, type SliceEdge } from '../maths/paths.js';
import { edgesOfType } from '../shared/downstream.js';
import { toGraphNode, toGraphSlice, type SliceNodeRow } from '../shared/graph.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { nodeRow, present, toSlice, type Slice } from '../shared/slice.js';
import { restrictingPolicies } from '../export-dependents/export-dependents.service.js';
import type { SupplyChainArgs } from './supply-chain.args.js';
import type { ProducingCountries, SupplyChain } from './supply-chain.type.js';

const ROOT_LABELS = ['Company', 'Application', 'Industry'];
const WORLD = 'country:WLD';
const MEASURE = 'PRODUCTION';

export interface StatRow { of: string; stage: string; year: number; stat: NodeRow; country: NodeRow; sources: NodeRow[] }
export interface SuspensionRow { policy: string; by: NodeRow; suspendedFrom: string | null; suspendedUntil: string | null }

/** One round trip: the upstream slice with its production figures and suspensions; paths, scores and shares are shaped here. */
export async function loadSupplyChain(db: Executor, args: SupplyChainArgs): Promise<SupplyChain> {
  const maxDepth = bounded('maxDepth', args.maxDepth, LIMITS.maxDepth);
  const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new BadInputError('asOf', 'a date YYYY-MM-DD', asOf);
  const label = labelOf(args.of);
  if (label && !ROOT_LABELS.includes(label)) throw new BadInputError('of', 'the id of a Company, Application or Industry', args.of);
  const [row] = label ? await db.read(withBound(cypher('queries/analysis/supply-chain'), 'maxDepth', maxDepth), { ofId: args.of, measure: MEASURE }, 'supplyChain') : [];
  if (!row) throw new NotFoundError('Company, Application or Industry', args.of);
  const slice = toSlice(row.nodes as SliceNodeRow[], row.edges as SliceEdge[]);
  return shapeSupplyChain(slice, args.of, maxDepth, asOf, row.stats as StatRow[], row.suspensions as SuspensionRow[]);
}

/**
 * Paths start at the entity: -MAKES-> application -USES-> product, application -USES-> product,
 * <-PART_OF- application -USES-> product, or -PRODUCES-> product; then along MADE_FROM / KIND_OF
 * (in their direction: to the input, to the broader kind) up to maxDepth links. Pure.
 */
export function shapeSupplyChain(slice: Slice, rootId: string, maxDepth: number, asOf: string, stats: StatRow[], suspensions: SuspensionRow[]): SupplyChain {
  const root = new Map([[rootId, [startPath(rootId)]]]);
  const applications = merge(
    slice.nodes.get(rootId)?.label === 'Application' ? root : new Map(),
    step(root, edgesOfType(slice.edges, 'MAKES'), 'source'),
    step(root, edgesOfType(slice.edges, 'PART_OF'), 'target'),
  );
  const produces = edgesOfType(slice.edges, 'PRODUCES');
  const first = merge(step(applications, edgesOfType(slice.edges, 'USES'), 'source'), step(root, produces.filter((edge) => edge.source === rootId), 'source'));
  const productPaths = upstreamChains(first, edgesOfType(slice.edges, 'MADE_FROM', 'KIND_OF'), maxDepth);
  const producerPaths = step(productPaths, produces, 'target');
  const disruptionPaths = merge(step(productPaths, edgesOfType(slice.edges, 'LACKED'), 'target'), step(merge(root, producerPaths), edgesOfType(slice.edges, 'HIT'), 'target'));
  const productIds = new Set(productPaths.keys());
  return {
    of: toGraphNode(slice.nodes.get(rootId) ?? { id: rootId, label: 'Unknown' }),
    asOf,
    products: scoreDependents(productPaths).map((dependent) => present(dependent, slice, 'product')),
    elements: scoreDependents(step(productPaths, edgesOfType(slice.edges, 'CONTAINS'), 'source')).map((dependent) => present(dependent, slice, 'element')),
    producers: scoreDependents(producerPaths).map((dependent) => ({
      ...present(dependent, slice, 'company'),
      produces: nodesAt(slice, produces.filter((edge) => edge.source === dependent.id && productIds.has(edge.target)), 'target'),
    })),
    producingCountries: producingCountries(stats, slice),
    restrictions: restrictingPolicies(productPaths, slice).map((restriction) => {
      const windows = suspensions.filter((suspension) => suspension.policy === restriction.policy.id);
      return {
        ...restriction,
        inForce: inForceOn(restriction.policy as PolicyDates, windows, asOf),
        suspensions: windows.map(({ by, suspendedFrom, suspendedUntil }) => ({ by, suspendedFrom: suspendedFrom ?? null, suspendedUntil: suspendedUntil ?? null })),
      };
    }),
    disruptions: scoreDependents(disruptionPaths).map((dependent) => {
      const from = slice.edges.filter((edge) => edge.source === dependent.id);
      return {
        ...present(dependent, slice, 'disruption'),
        hit: nodesAt(slice, edgesOfType(from, 'HIT'), 'target'),
        lacked: nodesAt(slice, edgesOfType(from, 'LACKED'), 'target'),
        attributedTo: nodesAt(slice, edgesOfType(from, 'ATTRIBUTED_TO'), 'target'),
      };
    }),
    graph: toGraphSlice([...slice.nodes.values()].filter((node) => node.label !== 'Country'), slice.edges),
    scoreFormula: SCORE_FORMULA,
  };
}

/** Products reached along `edges` in their direction from the end of each path, up to maxDepth further links (a cycle ends a path). */
export function upstreamChains(start: Map<string, ShapedPath[]>, edges: SliceEdge[], maxDepth: number): Map<string, ShapedPath[]> {
  let all = start;
  let frontier = start;
  for (let depth = 0; depth < maxDepth && frontier.size > 0; depth += 1) {
    frontier = step(frontier, edges, 'source');
    all = merge(all, frontier);
  }
  return all;
}

/** Shares and HHI per product or element and stage (src/analysis/maths/hhi.ts), the world row as denominator. */
export function producingCountries(stats: StatRow[], slice: Slice): ProducingCountries[] {
  const groups = new Map<string, StatRow[]>();
  for (const stat of stats) groups.set(`${stat.of}|${stat.stage}`, [...(groups.get(`${stat.of}|${stat.stage}`) ?? []), stat]);
  return [...groups.values()].map((rows) => {
    const world = rows.find((entry) => entry.country.id === WORLD);
    const countries = rows.filter((entry) => entry.country.id !== WORLD && typeof entry.stat.quantityTonnes === 'number');
    const computed = concentration(countries.map((entry) => ({ countryId: entry.country.id, quantity: entry.stat.quantityTonnes, residual: entry.country.isAggregate === true })), world?.stat.quantityTonnes ?? null);
    const byCountry = new Map(countries.map((entry) => [entry.country.id, entry]));
    return {
      of: toGraphNode(slice.nodes.get(rows[0].of) ?? { id: rows[0].of, label: 'Unknown' }),
      stage: rows[0].stage,
      year: rows[0].year,
      worldTotalTonnes: computed?.worldTotal ?? null,
      worldTotalBasis: computed?.worldTotalBasis ?? null,
      shares: (computed?.shares ?? []).map((share) => {
        const entry = byCountry.get(share.countryId)!;
        return { country: entry.country, quantityTonnes: share.quantity, sharePct: share.sharePct, residual: share.residual, stat: entry.stat, sources: entry.sources };
      }),
      hhi: computed?.hhi ?? null,
      hhiUpperBound: computed?.hhiUpperBound ?? null,
    };
  }).sort((a, b) => a.of.id.localeCompare(b.of.id) || a.stage.localeCompare(b.stage));
}

function nodesAt(slice: Slice, edges: SliceEdge[], end: 'source' | 'target'): NodeRow[] {
  return [...new Set(edges.map((edge) => edge[end]))].sort().map((id) => nodeRow(slice, id));
}
