import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import type { NodeRow } from '../../graph/shared/loaders.js';
import { LIMITS, bounded, withBound } from '../maths/limits.js';
import { scoreDependents, startPath, step, type SliceEdge } from '../maths/paths.js';
import { downstream, edgesOfType } from '../shared/downstream.js';
import { toGraphPath, toGraphSlice, type SliceNodeRow } from '../shared/graph.js';
import { SCORE_FORMULA } from '../shared/dependent.type.js';
import { graphNode, nodeRow, present, toSlice, type Slice } from '../shared/slice.js';
import { seriesFromRow, seriesQuery } from '../trade-series/trade-series.service.js';
import type { ExportDependentsArgs } from './export-dependents.args.js';
import type { DependentCompany, ExportDependents, RestrictingPolicy } from './export-dependents.type.js';

/**
 * One round trip: the flow series (cypher/queries/analysis/trade-series.cypher) and the downstream
 * slice of the graph (export-dependents.cypher), each file's text run as a subquery of one statement.
 */
export async function loadExportDependents(db: Executor, args: ExportDependentsArgs): Promise<ExportDependents> {
  const { from, to } = monthsOf(args);
  const maxDepth = bounded('maxDepth', args.maxDepth, LIMITS.maxDepth);
  const request = { exporter: args.exporter, importer: args.importer, product: args.product, from, to };
  const series = seriesQuery(request);
  const downstreamQuery = withBound(cypher('queries/analysis/export-dependents'), 'maxDepth', maxDepth);
  // The series always yields one row; the slice none for an unknown product, hence OPTIONAL.
  const [row] = await db.read(`CALL () {\n${series.query}\n}\nOPTIONAL CALL () {\n${downstreamQuery}\n}\nRETURN *`, series.params, 'exportDependents');
  const flow = seriesFromRow(row, request, series.periods);
  if (!row.rootId) throw new NotFoundError('Product', args.product);
  const slice = toSlice(row.nodes as SliceNodeRow[], row.edges as SliceEdge[]);
  const bases = row.bases as { company: string; country: SliceNodeRow | null }[];
  for (const base of bases) if (base.country) slice.nodes.set(base.country.id, base.country);
  const countryOf = new Map(bases.map((base) => [base.company, base.country?.id ?? null]));
  return shapeExportDependents(slice, args.product, args.importer, countryOf, maxDepth, flow);
}

export function monthsOf(args: Pick<ExportDependentsArgs, 'period' | 'from' | 'to'>): { from: string; to: string } {
  if (args.period && (args.from || args.to)) throw new BadInputError('period', 'either period or from and to, not both', { period: args.period, from: args.from, to: args.to });
  if (args.period) return { from: args.period, to: args.period };
  if (args.from && args.to) return { from: args.from, to: args.to };
  throw new BadInputError('period', 'a month YYYY-MM (or both from and to)', args.period ?? args.from ?? args.to);
}

export function shapeExportDependents(slice: Slice, productId: string, importerId: string, countryOf: Map<string, string | null>, maxDepth: number, flow: ExportDependents['flow']): ExportDependents {
  const found = downstream(new Map([[productId, [startPath(productId)]]]), slice.edges, maxDepth);
  const hits = edgesOfType(slice.edges, 'HIT');
  const companies = found.companies.map((dependent): DependentCompany => {
    const countryId = countryOf.get(dependent.id) ?? null;
    return {
      ...present(dependent, slice, 'company'),
      country: countryId ? nodeRow(slice, countryId) : null,
      inImportingCountry: countryId === importerId,
      disruptions: hits.filter((hit) => hit.target === dependent.id).map((hit) => nodeRow(slice, hit.source)).sort(byId),
    };
  }).sort((a, b) => Number(b.inImportingCountry) - Number(a.inImportingCountry) || b.score - a.score || a.company.id.localeCompare(b.company.id));
  const companyIds = new Set(companies.map((company) => company.company.id));
  const disruptionIds = new Set(hits.filter((hit) => companyIds.has(hit.target)).map((hit) => hit.source));
  return {
    flow,
    products: found.products.map((dependent) => present(dependent, slice, 'product')),
    applications: found.applications.map((dependent) => present(dependent, slice, 'application')),
    industries: found.industries.map((dependent) => present(dependent, slice, 'industry')),
    companies,
    disruptions: [...disruptionIds].map((id) => nodeRow(slice, id)).sort(byId),
    policies: restrictingPolicies(found.productPaths, slice),
    graph: toGraphSlice([...slice.nodes.values()].filter((node) => node.label !== 'Country'), slice.edges),
    scoreFormula: SCORE_FORMULA,
  };
}

/** Policies restricting a reached product directly, or an element such a product contains. */
export function restrictingPolicies(productPaths: Map<string, ReturnType<typeof startPath>[]>, slice: Slice): RestrictingPolicy[] {
  const restricts = edgesOfType(slice.edges, 'RESTRICTS');
  const elementPaths = step(productPaths, edgesOfType(slice.edges, 'CONTAINS'), 'source');
  const reached = scoreDependents(step(productPaths, restricts, 'target'));
  const viaElements = scoreDependents(step(elementPaths, restricts, 'target'));
  const ids = [...new Set([...reached, ...viaElements].map((dependent) => dependent.id))].sort();
  return ids.map((id) => {
    const paths = [...reached, ...viaElements].filter((dependent) => dependent.id === id).flatMap((dependent) => dependent.paths)
      .sort((a, b) => a.edges.length - b.edges.length || a.edges.map((edge) => edge.id).join().localeCompare(b.edges.map((edge) => edge.id).join()));
    const targets = [...new Set(restricts.filter((edge) => edge.source === id && paths.some((path) => path.nodeIds.includes(edge.target))).map((edge) => edge.target))].sort();
    return { policy: nodeRow(slice, id), restricts: targets.map((target) => graphNode(slice, target)), paths: paths.map((path) => toGraphPath({ nodeIds: path.nodeIds, edges: path.edges }, slice.nodes)) };
  });
}

const byId = (a: NodeRow, b: NodeRow) => a.id.localeCompare(b.id);
