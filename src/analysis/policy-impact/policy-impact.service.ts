import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { labelOf } from '../../graph/shared/labels.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { LIMITS, bounded, withBound } from '../maths/limits.js';
import { merge, scoreDependents, startPath, step, type Dependent, type ShapedPath, type SliceEdge } from '../maths/paths.js';
import { downstream, edgesOfType } from '../shared/downstream.js';
import { toGraphSlice, type SliceNodeRow } from '../shared/graph.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { graphNode, nodeRow, present, toSlice, type Slice } from '../shared/slice.js';
import type { PolicyImpactArgs } from './policy-impact.args.js';
import type { AffectedCompany, AttributedDisruption, PolicyImpact } from './policy-impact.type.js';

/** One round trip: the slice of the graph the policy reaches; paths and scores are shaped here. */
export async function loadPolicyImpact(db: Executor, args: PolicyImpactArgs): Promise<PolicyImpact> {
  const maxDepth = bounded('maxDepth', args.maxDepth, LIMITS.maxDepth);
  const label = labelOf(args.policy);
  if (label && label !== 'Policy') throw new BadInputError('policy', 'a Policy id ("policy:…")', args.policy);
  const [row] = label ? await db.read(withBound(cypher('queries/analysis/policy-impact'), 'maxDepth', maxDepth), { policyId: args.policy }, 'policyImpact') : [];
  if (!row) throw new NotFoundError('Policy', args.policy);
  const slice = toSlice(row.nodes as SliceNodeRow[], row.edges as SliceEdge[]);
  const bases = row.bases as { company: string; country: SliceNodeRow | null }[];
  for (const base of bases) if (base.country) slice.nodes.set(base.country.id, base.country);
  const countryOf = new Map(bases.map((base) => [base.company, base.country?.id ?? null]));
  return shapePolicyImpact(slice, args.policy, countryOf, maxDepth);
}

/**
 * Paths start at the policy: policy -RESTRICTS-> product, or policy -RESTRICTS-> element <-CONTAINS-
 * product, then downstream as for exportDependents; companies also by policy <-ATTRIBUTED_TO-
 * disruption -HIT-> company. Pure (unit-testable without a database).
 */
export function shapePolicyImpact(slice: Slice, policyId: string, countryOf: Map<string, string | null>, maxDepth: number): PolicyImpact {
  const root = new Map([[policyId, [startPath(policyId)]]]);
  const restricted = step(root, edgesOfType(slice.edges, 'RESTRICTS').filter((edge) => edge.source === policyId), 'source');
  const containing = step(restricted, edgesOfType(slice.edges, 'CONTAINS'), 'target');
  const restrictedProducts = new Map([...restricted].filter(([id]) => slice.nodes.get(id)?.label === 'Product'));
  const found = downstream(merge(restrictedProducts, containing), slice.edges, maxDepth);
  const disruptionPaths = step(root, edgesOfType(slice.edges, 'ATTRIBUTED_TO').filter((edge) => edge.target === policyId), 'target');
  const hitPaths = step(disruptionPaths, edgesOfType(slice.edges, 'HIT'), 'source');
  const disruptions = scoreDependents(disruptionPaths);
  const attributed = new Set(disruptions.map((dependent) => dependent.id));
  const companies = scoreDependents(merge(pathsOf(found.companies), hitPaths)).map((dependent): AffectedCompany => {
    const countryId = countryOf.get(dependent.id) ?? null;
    return {
      ...present(dependent, slice, 'company'),
      country: countryId ? nodeRow(slice, countryId) : null,
      disruptions: related(slice, 'HIT', 'target', dependent.id, attributed),
    };
  });
  return {
    policy: nodeRow(slice, policyId),
    restricts: scoreDependents(restricted).map((dependent) => ({ ...present(dependent, slice, 'item'), item: graphNode(slice, dependent.id) })),
    products: found.products.map((dependent) => present(dependent, slice, 'product')),
    applications: found.applications.map((dependent) => present(dependent, slice, 'application')),
    industries: found.industries.map((dependent) => present(dependent, slice, 'industry')),
    companies,
    disruptions: disruptions.map((dependent): AttributedDisruption => ({
      ...present(dependent, slice, 'disruption'),
      hit: targetsOf(slice, 'HIT', dependent.id),
      at: targetsOf(slice, 'AT', dependent.id),
      lacked: targetsOf(slice, 'LACKED', dependent.id),
    })),
    graph: toGraphSlice([...slice.nodes.values()].filter((node) => node.label !== 'Country'), slice.edges),
    scoreFormula: SCORE_FORMULA,
  };
}

/** A dependent list back to paths by node, to merge with more paths and score again. */
function pathsOf(dependents: Dependent[]): Map<string, ShapedPath[]> {
  return new Map(dependents.map((dependent) => [dependent.id, dependent.paths]));
}

/** Nodes at the `from` end of `type` edges whose other end is `id`, restricted to `among`, by id. */
function related(slice: Slice, type: string, end: 'source' | 'target', id: string, among: Set<string>): NodeRow[] {
  const other = end === 'target' ? 'source' : 'target';
  return edgesOfType(slice.edges, type).filter((edge) => edge[end] === id && among.has(edge[other])).map((edge) => nodeRow(slice, edge[other])).sort(byId);
}

function targetsOf(slice: Slice, type: string, sourceId: string): NodeRow[] {
  return edgesOfType(slice.edges, type).filter((edge) => edge.source === sourceId).map((edge) => nodeRow(slice, edge.target)).sort(byId);
}

const byId = (a: NodeRow, b: NodeRow) => a.id.localeCompare(b.id);
