import type { Operation, Plan, Send } from './operations.js';

/**
 * The operations over the analysis fields. Parameters point at the real seeded graph (the
 * headline question: China's June 2025 magnet exports to the US), which every scale contains.
 */
export const ANALYSIS_PARAMS = {
  exporter: 'country:CHN', importer: 'country:USA', product: 'product:rare-earth-permanent-magnet', period: '2025-06',
  seriesImporter: 'country:WLD', from: '2024-06', to: '2025-09',
  searchText: 'magnet rare', searchFirst: 50,
};

function data(body: any, what: string): any {
  if (!body || body.errors || !body.data) throw new Error(`${what}: expected data, received ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

async function single(send: Send, body: object, what: string, canonical: (data: any) => unknown): Promise<Plan> {
  const answer = await send(body);
  return { bodies: [body], canonical: canonical(data(answer, what)), reportedRoundTrips: answer.extensions?.dbRoundTrips };
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);

// ---- full-text search: companies matching words, best first ---------------------------------

type Hit = { id: string; score: number };
/** Best first; equal scores by id (Lucene ties have no order of their own). */
const canonicalHits = (hits: Hit[]) => hits.map((h) => ({ id: h.id, score: round(h.score) })).sort((a, b) => b.score! - a.score! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const search: Operation = {
  name: 'search',
  title: 'full-text search: companies, best 50',
  maxRoundTrips: 1,
  requires: ['search'],
  targets: [],
  plans: {
    ours: (send) => single(send, { query: `query Search($text: String!, $first: Int) { search(text: $text, types: [Company], first: $first) { label score node { id } } }`,
      variables: { text: ANALYSIS_PARAMS.searchText, first: ANALYSIS_PARAMS.searchFirst } },
    'ours search', (d) => canonicalHits(d.search.map((h: any) => ({ id: h.node.id, score: h.score })))),
    // The reference gets the same Lucene query our API builds from the words (each word whole or as a prefix).
    reference: (send) => single(send, { query: `query Search($phrase: String!, $first: Int) { companySearch(phrase: $phrase, first: $first) { edges { score node { id } } } }`,
      variables: { phrase: 'magnet magnet* rare rare*', first: ANALYSIS_PARAMS.searchFirst } },
    'reference search', (d) => canonicalHits(d.companySearch.edges.map((e: any) => ({ id: e.node.id, score: e.score })))),
    floor: (send) => single(send, { op: 'search', variables: { query: 'magnet magnet* rare rare*', labels: ['Company'], first: ANALYSIS_PARAMS.searchFirst } },
      'floor search', (d) => canonicalHits(d)),
  },
};

// ---- tradeSeries: China's magnet exports to the world, month by month ------------------------

type Point = { period: string; quantityTonnes: number | null; valueUsd: number | null; momChangePct: number | null; yoyChangePct: number | null; sources: { id: string }[] };
const canonicalPoints = (points: Point[]) => points.map((p) => ({
  period: p.period, quantityTonnes: p.quantityTonnes, valueUsd: p.valueUsd, momChangePct: p.momChangePct, yoyChangePct: p.yoyChangePct, sources: p.sources.map((s) => s.id),
}));
const SERIES_VARIABLES = { exporter: ANALYSIS_PARAMS.exporter, importer: ANALYSIS_PARAMS.seriesImporter, product: ANALYSIS_PARAMS.product, from: ANALYSIS_PARAMS.from, to: ANALYSIS_PARAMS.to };

export const tradeSeries: Operation = {
  name: 'tradeSeries',
  title: 'tradeSeries: CHN → WLD magnets, 16 months with changes',
  maxRoundTrips: 1,
  requires: ['tradeSeries'],
  targets: ['vsFloor'],
  plans: {
    ours: (send) => single(send, { query: `query Series($exporter: ID!, $importer: ID!, $product: ID!, $from: String!, $to: String!) {
      tradeSeries(exporter: $exporter, importer: $importer, product: $product, from: $from, to: $to) {
        points { period quantityTonnes valueUsd momChangePct yoyChangePct sources { id } } } }`, variables: SERIES_VARIABLES },
    'ours tradeSeries', (d) => canonicalPoints(d.tradeSeries.points)),
    floor: (send) => single(send, { op: 'tradeSeries', variables: SERIES_VARIABLES }, 'floor tradeSeries', (d) => canonicalPoints(d.points)),
  },
};

// ---- exportDependents: the headline question --------------------------------------------------

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const canonicalDependents = (d: any) => ({
  points: d.flow.points.map((p: any) => ({ period: p.period, quantityTonnes: p.quantityTonnes })),
  products: d.products.map((x: any) => [x.product.id, round(x.score)]),
  applications: d.applications.map((x: any) => [x.application.id, round(x.score)]),
  industries: d.industries.map((x: any) => [x.industry.id, round(x.score)]),
  companies: d.companies.map((x: any) => [x.company.id, round(x.score), x.inImportingCountry]),
  disruptions: ids(d.disruptions),
  policies: d.policies.map((x: any) => x.policy.id),
  graph: [d.graph.nodes.length, d.graph.edges.length],
});
const DEPENDENTS_VARIABLES = { exporter: ANALYSIS_PARAMS.exporter, importer: ANALYSIS_PARAMS.importer, product: ANALYSIS_PARAMS.product, period: ANALYSIS_PARAMS.period };

export const exportDependents: Operation = {
  name: 'exportDependents',
  title: 'exportDependents: CHN → USA magnets, June 2025',
  maxRoundTrips: 1,
  requires: ['exportDependents'],
  targets: ['vsFloor'],
  plans: {
    ours: (send) => single(send, { query: `query Dependents($exporter: ID!, $importer: ID!, $product: ID!, $period: String) {
      exportDependents(exporter: $exporter, importer: $importer, product: $product, period: $period) {
        flow { points { period quantityTonnes } }
        products { product { id } score } applications { application { id } score } industries { industry { id } score }
        companies { company { id } score inImportingCountry } disruptions { id } policies { policy { id } }
        graph { nodes { id } edges { id } } } }`, variables: DEPENDENTS_VARIABLES },
    'ours exportDependents', (d) => canonicalDependents(d.exportDependents)),
    floor: (send) => single(send, { op: 'exportDependents', variables: DEPENDENTS_VARIABLES }, 'floor exportDependents', (d) => canonicalDependents(d)),
  },
};
