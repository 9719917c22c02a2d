import type { ContestantName } from './contestants/contestant.js';
import { countryIso3 } from './data/generate.js';
import { exportDependents, search, tradeSeries } from './operations-analysis.js';

/** Sends one request body to a contestant and returns the parsed JSON answer. */
export type Send = (body: object) => Promise<any>;

/** A Send that POSTs JSON to `url`. */
export const sendTo = (url: string): Send => async (body) =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

/**
 * What verifying an operation against one contestant yields: the request bodies the load will
 * cycle through (the connection has two: its first page and the next) and the answer in a
 * canonical shape, compared across contestants before any timing.
 */
export interface Plan {
  bodies: object[];
  canonical: unknown;
  /** Round trips our API reported in extensions.dbRoundTrips (summed over the bodies). */
  reportedRoundTrips?: number;
}

export interface Operation {
  name: string;
  title: string;
  /** The round-trip budget: the nesting depth for lists, one for a single-query field. */
  maxRoundTrips: number;
  /** Query fields our schema must have for the operation to run (analysis fields arrive later). */
  requires: string[];
  /** Targets the report checks this operation against. */
  targets: ('vsReference' | 'vsFloor')[];
  plans: Partial<Record<ContestantName, (send: Send) => Promise<Plan>>>;
}

/** Parameters shared by every contestant: chosen so that they exist at every scale (even --smoke). */
export const PARAMS = { first: 50, pageSize: 20, exporter: countryIso3(1), from: '2024-07', to: '2024-12' };

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function data(body: any, what: string): any {
  if (!body || body.errors || !body.data) throw new Error(`${what}: expected data, received ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

const gql = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });
const floor = (op: string, variables: Record<string, unknown> = {}) => ({ op, variables });

async function single(send: Send, body: object, what: string, canonical: (data: any) => unknown): Promise<Plan> {
  const answer = await send(body);
  return { bodies: [body], canonical: canonical(data(answer, what)), reportedRoundTrips: answer.extensions?.dbRoundTrips };
}

// ---- three levels: countries → companies → facilities --------------------------------------

type Nested3 = { id: string; name: string; companies: { id: string; name: string; facilities: { id: string; name: string }[] }[] };
const canonical3 = (countries: Nested3[]) =>
  countries.map((c) => ({ id: c.id, name: c.name, companies: byId(c.companies.map((co) => ({ id: co.id, name: co.name, facilities: byId(co.facilities.map((f) => ({ id: f.id, name: f.name }))) }))) }));

const nested3: Operation = {
  name: 'nested3',
  title: 'countries → companies → facilities',
  maxRoundTrips: 3,
  requires: ['countries'],
  targets: ['vsReference'],
  plans: {
    ours: (send) => single(send, gql(`query Nested3($first: Int) { countries(first: $first) { edges { node { id name
      companies(first: 100) { id name facilities(first: 100) { id name } } } } } }`, { first: PARAMS.first }),
    'ours nested3', (d) => canonical3(d.countries.edges.map((e: { node: Nested3 }) => e.node))),
    reference: (send) => single(send, gql(`query Nested3($first: Int) { countries(limit: $first, sort: [{ name: ASC }, { id: ASC }]) { id name
      companies(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name facilities(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name } } } }`, { first: PARAMS.first }),
    'reference nested3', (d) => canonical3(d.countries)),
    floor: (send) => single(send, floor('nested3', { first: PARAMS.first }), 'floor nested3', (d) => canonical3(d)),
  },
};

// ---- five levels: country → companies → products → applications → industries ---------------

type Five = { id: string; companies: { id: string; products: { id: string; applications: { id: string; industries: { id: string; name: string }[] }[] }[] }[] };
const canonical5 = (countries: Five[]) =>
  countries.map((c) => ({
    id: c.id,
    companies: byId(c.companies.map((co) => ({
      id: co.id,
      products: byId(co.products.map((p) => ({
        id: p.id,
        applications: byId(p.applications.map((a) => ({ id: a.id, industries: byId(a.industries.map((i) => ({ id: i.id, name: i.name }))) }))),
      }))),
    }))),
  }));

const nested5: Operation = {
  name: 'nested5',
  title: 'country → companies → products → applications → industries',
  maxRoundTrips: 5,
  requires: ['countries'],
  targets: ['vsReference'],
  plans: {
    ours: (send) => single(send, gql(`query Nested5($first: Int) { countries(first: $first) { edges { node { id
      companies(first: 100) { id products(first: 100) { product { id usedBy(first: 100) { application { id industries(first: 100) { id name } } } } } } } } } }`, { first: PARAMS.first }),
    'ours nested5', (d) => canonical5(d.countries.edges.map((e: any) => ({
      id: e.node.id,
      companies: e.node.companies.map((co: any) => ({
        id: co.id,
        products: co.products.map((s: any) => ({ id: s.product.id, applications: s.product.usedBy.map((u: any) => u.application) })),
      })),
    })))),
    reference: (send) => single(send, gql(`query Nested5($first: Int) { countries(limit: $first, sort: [{ name: ASC }, { id: ASC }]) { id
      companies(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id products(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id
        usedBy(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id industries(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name } } } } } }`, { first: PARAMS.first }),
    'reference nested5', (d) => canonical5(d.countries.map((c: any) => ({
      id: c.id, companies: c.companies.map((co: any) => ({ id: co.id, products: co.products.map((p: any) => ({ id: p.id, applications: p.usedBy })) })),
    })))),
    floor: (send) => single(send, floor('nested5', { first: PARAMS.first }), 'floor nested5', (d) => canonical5(d)),
  },
};

// ---- connection: companies by name with totalCount, first page and the next -----------------

interface Page { totalCount: number; ids: string[]; hasNextPage: boolean }

async function twoPages(send: Send, what: string, page: (after: unknown) => object, read: (data: any) => Page & { next: unknown }): Promise<Plan> {
  const firstBody = page(null);
  const first = await send(firstBody);
  const one = read(data(first, `${what} page 1`));
  const secondBody = page(one.next);
  const second = await send(secondBody);
  const two = read(data(second, `${what} page 2`));
  return {
    bodies: [firstBody, secondBody],
    canonical: { totalCount: one.totalCount, page1: one.ids, page2: two.ids, hasNextPage: [one.hasNextPage, two.hasNextPage] },
    reportedRoundTrips: first.extensions?.dbRoundTrips === undefined ? undefined : first.extensions.dbRoundTrips + (second.extensions?.dbRoundTrips ?? 0),
  };
}

const CONNECTION_FIELDS = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }';
const readConnection = (connection: any) => ({
  totalCount: connection.totalCount, ids: connection.edges.map((e: any) => e.node.id), hasNextPage: connection.pageInfo.hasNextPage, next: connection.pageInfo.endCursor,
});

/** Our API's connection document, both pages (apollo-floor answers the same document). */
const ourConnection = (send: Send, what: string) => twoPages(send, what,
  (after) => gql(`query Page($first: Int, $after: String) { companies(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) { ${CONNECTION_FIELDS} } }`, { first: PARAMS.pageSize, after }),
  (d) => readConnection(d.companies));

const connection: Operation = {
  name: 'connection',
  title: 'companies connection: totalCount, by name, first 20 + next page',
  maxRoundTrips: 1,
  requires: ['companies'],
  targets: ['vsReference'],
  plans: {
    ours: (send) => ourConnection(send, 'ours connection'),
    // The floor's query behind Apollo Server, answering our document: the bound for an Apollo-Server API.
    'apollo-floor': (send) => ourConnection(send, 'apollo-floor connection'),
    reference: (send) => twoPages(send, 'reference connection',
      (after) => gql(`query Page($first: Int, $after: String) { companiesConnection(first: $first, after: $after, sort: [{ name: ASC }, { id: ASC }]) { ${CONNECTION_FIELDS} } }`, { first: PARAMS.pageSize, after }),
      (d) => readConnection(d.companiesConnection)),
    floor: (send) => twoPages(send, 'floor connection',
      (after) => floor('connection', { first: PARAMS.pageSize, ...(after as object) }),
      (d) => {
        const last = d.nodes.at(-1);
        return { totalCount: d.totalCount, ids: d.nodes.map((n: any) => n.id), hasNextPage: d.hasNextPage, next: { afterName: last?.name, afterId: last?.id } };
      }),
  },
};

// ---- trade flows of one exporter over a period range, latest first ---------------------------

type Flow = { id: string; period: string; importerIso3: string; quantityTonnes: number | null; valueUsd: number | null };
const canonicalFlows = (flows: Flow[]) => flows.map((f) => ({ id: f.id, period: f.period, importerIso3: f.importerIso3, quantityTonnes: f.quantityTonnes, valueUsd: f.valueUsd }));
const FLOW_VARIABLES = { exporter: PARAMS.exporter, from: PARAMS.from, to: PARAMS.to };

const tradeFlows: Operation = {
  name: 'tradeFlows',
  title: 'trade flows: exporter + period range, by period desc, first 20',
  maxRoundTrips: 1,
  requires: ['tradeFlows'],
  targets: [],
  plans: {
    ours: (send) => single(send, gql(`query Flows($exporter: String, $from: String, $to: String) {
      tradeFlows(where: { exporter: { eq: $exporter }, period: { gte: $from, lte: $to } }, orderBy: { field: PERIOD, direction: DESC }, first: 20) {
        edges { node { id period importerIso3 quantityTonnes valueUsd } } } }`, FLOW_VARIABLES),
    'ours tradeFlows', (d) => canonicalFlows(d.tradeFlows.edges.map((e: { node: Flow }) => e.node))),
    reference: (send) => single(send, gql(`query Flows($exporter: String, $from: String, $to: String) {
      tradeFlows(where: { exporterIso3: { eq: $exporter }, period: { gte: $from, lte: $to } }, sort: [{ period: DESC }, { id: DESC }], limit: 20) {
        id period importerIso3 quantityTonnes valueUsd } }`, FLOW_VARIABLES),
    'reference tradeFlows', (d) => canonicalFlows(d.tradeFlows)),
    floor: (send) => single(send, floor('tradeFlows', FLOW_VARIABLES), 'floor tradeFlows', (d) => canonicalFlows(d)),
  },
};

export const OPERATIONS: Operation[] = [nested3, nested5, connection, tradeFlows, search, tradeSeries, exportDependents];

/** Operations named in the issue whose fields may not be in our schema yet: reported as pending then. */
export const PENDING_UNLESS_PRESENT: { name: string; field: string; title: string }[] = [];
