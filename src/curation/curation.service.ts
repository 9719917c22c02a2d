import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { cypher } from '../db/cypher.js';
import { LIST_DEFAULTS } from '../seed/load-seed.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { labelOf, type Label } from '../graph/shared/labels.js';
import type { NodeRow } from '../graph/shared/loaders.js';
import { refreshPreferred, writeTradeReports, type Run } from '../ingest/trade-writer.js';
import type { CompanyInput, DisruptionInput, FacilityInput, FactInput, LinkInput, PolicyInput, SourceInput, TradeReportInput } from './curation.inputs.js';
import { LINK_PROPERTIES, LINK_RULES, type LinkType } from './link-types.js';
import { tradeIds } from './trade-ids.js';

/**
 * The curation writes. Each public method is one transaction (Executor.writeTransaction): any
 * refusal thrown inside it, even after some statements ran, rolls all of it back. Labels and
 * relationship types in the generated Cypher come from whitelists (labels.ts, link-types.ts);
 * every value is a parameter.
 */
export interface LinkRow {
  type: LinkType;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
}

/** A list of links set from a node input: the field, relationship, direction and target. */
interface LinkList {
  field: string;
  type: LinkType;
  direction: 'OUT' | 'IN';
  target: Label;
  key: 'id' | 'iso3';
  values: string[] | undefined;
}

export class CurationService {
  constructor(private readonly db: Executor) {}

  upsertSource(input: SourceInput): Promise<NodeRow> {
    return this.db.writeTransaction(async (run) => {
      const id = await sourceIdFor(run, input);
      const [row] = await run(cypher('writes/curation/merge-source'), { id, props: sourceProps(input), update: true });
      return row.node as NodeRow;
    }, 'upsertSource');
  }

  upsertCompany(input: CompanyInput): Promise<NodeRow> {
    const { id, name, aliases, roles, description, countryIso3 } = input;
    return this.upsertNode('Company', input, { name, aliases, roles, description, aliasText: aliases?.join(' | ') }, ['name'], [
      { field: 'countryIso3', type: 'BASED_IN' as LinkType, direction: 'OUT', target: 'Country', key: 'iso3', values: countryIso3 === undefined ? undefined : [countryIso3] },
    ], id);
  }

  upsertFacility(input: FacilityInput): Promise<NodeRow> {
    const { id, name, kind, location, capacityTonnesPerYear, capacityBasis, capacityUnit, status, asOf } = input;
    return this.upsertNode('Facility', input, { name, kind, location, capacityTonnesPerYear, capacityBasis, capacityUnit, status, asOf }, ['name', 'kind'], [
      { field: 'countryIso3', type: 'LOCATED_IN' as LinkType, direction: 'OUT', target: 'Country', key: 'iso3', values: input.countryIso3 === undefined ? undefined : [input.countryIso3] },
      { field: 'operatorIds', type: 'OPERATES' as LinkType, direction: 'IN', target: 'Company', key: 'id', values: input.operatorIds },
    ], id);
  }

  upsertDisruption(input: DisruptionInput): Promise<NodeRow> {
    const { id, title, kind, startedOn, endedOn, summary, durationDays } = input;
    return this.upsertNode('Disruption', input, { title, name: title, kind, startedOn, endedOn, summary, durationDays }, ['title', 'kind'], [
      { field: 'companyIds', type: 'HIT' as LinkType, direction: 'OUT', target: 'Company', key: 'id', values: input.companyIds },
      { field: 'facilityIds', type: 'AT' as LinkType, direction: 'OUT', target: 'Facility', key: 'id', values: input.facilityIds },
      { field: 'policyIds', type: 'ATTRIBUTED_TO' as LinkType, direction: 'OUT', target: 'Policy', key: 'id', values: input.policyIds },
      { field: 'lackedProductIds', type: 'LACKED' as LinkType, direction: 'OUT', target: 'Product', key: 'id', values: input.lackedProductIds },
    ], id);
  }

  upsertPolicy(input: PolicyInput): Promise<NodeRow> {
    const { id, title, kind, reference, announcedOn, effectiveOn, endsOn, summary } = input;
    return this.upsertNode('Policy', input, { title, name: title, kind, reference, announcedOn, effectiveOn, endsOn, summary }, ['title', 'kind'], [
      { field: 'issuedByIso3', type: 'ISSUED_BY' as LinkType, direction: 'OUT', target: 'Country', key: 'iso3', values: input.issuedByIso3 },
    ], id);
  }

  /** One source's report of a flow; the flow's preferred value is recomputed in the same transaction. */
  reportTradeFlow(input: TradeReportInput): Promise<NodeRow> {
    if (!input.sourceId && !input.newSource) throw new BadInputError('sourceId', 'the id of an existing Source, or a newSource', input.sourceId);
    if (input.sourceId && input.newSource) throw new BadInputError('newSource', 'either sourceId or newSource, not both (a report has one source)', 'both');
    if (input.quantityTonnes == null && input.valueUsd == null) throw new BadInputError('quantityTonnes', 'a quantity in tonnes (or a valueUsd)', input.quantityTonnes);
    return this.db.writeTransaction(async (run) => {
      const sourceId = input.newSource ? await createSource(run, input.newSource) : input.sourceId!;
      const [refs] = await run(cypher('writes/curation/trade-refs'), { exporter: input.exporterIso3, importer: input.importerIso3, productId: input.productId, sourceId });
      if (!refs.exporter) throw new BadInputError('exporterIso3', 'the ISO3 code of a country in the graph', input.exporterIso3);
      if (!refs.importer) throw new BadInputError('importerIso3', 'the ISO3 code of a country in the graph', input.importerIso3);
      if (!refs.product) throw new BadInputError('productId', 'the id of an existing Product', input.productId);
      if (!refs.source) throw new BadInputError('sourceId', 'the id of an existing Source', sourceId);
      const basis = input.basis ?? 'REPORTED';
      const ids = tradeIds(input.exporterIso3, input.importerIso3, input.productId, input.period, sourceId, basis);
      await writeTradeReports(run, [{
        flow: { id: ids.flowId, name: ids.flowName, exporterIso3: input.exporterIso3, importerIso3: input.importerIso3, productId: input.productId, hsCode: refs.hsCode ?? null, period: input.period },
        report: {
          id: ids.reportId, flowId: ids.flowId, sourceId,
          quantityTonnes: input.quantityTonnes ?? null, valueUsd: input.valueUsd ?? null,
          reportedMomChangePct: input.reportedMomChangePct ?? null, reportedYoyChangePct: input.reportedYoyChangePct ?? null,
          confidence: input.confidence ?? 'MEDIUM', basis, publishedOn: input.publishedOn ?? null, evidence: input.evidence ?? null,
        },
      }], []);
      return (await nodeOf(run, 'TradeReport', ids.reportId))!;
    }, 'reportTradeFlow');
  }

  deleteTradeReport(id: string): Promise<string> {
    return this.db.writeTransaction(async (run) => {
      const [row] = await run(cypher('writes/curation/delete-trade-report'), { id });
      if (!row) throw new NotFoundError('TradeReport', id);
      if (row.remaining > 0) await refreshPreferred(run, [row.flowId]);
      else await run(cypher('writes/curation/delete-empty-flow'), { flowId: row.flowId });
      return id;
    }, 'deleteTradeReport');
  }

  deleteSource(id: string): Promise<string> {
    return this.db.writeTransaction(async (run) => {
      const [row] = await run(cypher('writes/curation/delete-source'), { id });
      if (!row.existed) throw new NotFoundError('Source', id);
      if (row.citing > 0) throw new BadInputError('id', 'a source that no fact cites (delete or re-source those facts first)', `${id}, cited by ${row.citing} fact(s)`);
      return id;
    }, 'deleteSource');
  }

  /** Deletes a curated node and its relationships (companies, facilities, disruptions, policies). */
  deleteNode(label: 'Company' | 'Facility' | 'Disruption' | 'Policy', id: string): Promise<string> {
    return this.db.writeTransaction(async (run) => {
      const [row] = await run(`MATCH (n:${label} {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`, { id });
      if (!row || row.deleted === 0) throw new NotFoundError(label, id);
      return id;
    }, `delete${label}`);
  }

  link(input: LinkInput): Promise<LinkRow> {
    const rule = LINK_RULES[input.type];
    const fromLabel = labelOf(input.fromId);
    const toLabel = labelOf(input.toId);
    if (!fromLabel || !rule.from.includes(fromLabel)) throw new BadInputError('fromId', `the id of a ${rule.from.join(' or ')} (${input.type} starts there)`, input.fromId);
    if (!toLabel || !rule.to.includes(toLabel)) throw new BadInputError('toId', `the id of a ${rule.to.join(' or ')} (${input.type} ends there)`, input.toId);
    const props: Record<string, unknown> = { confidence: input.confidence, note: input.note, evidence: input.evidence };
    for (const name of LINK_PROPERTIES) {
      const value = input[name];
      if (value === undefined || value === null) continue;
      if (!rule.properties.includes(name)) throw new BadInputError(`${name}`, `no ${name} on ${input.type} (it takes ${rule.properties.join(', ') || 'no properties'})`, value);
      props[name] = value;
    }
    return this.db.writeTransaction(async (run) => {
      const sourceIds = await resolveSources(run, input);
      const rows = await run(
        `MATCH (a:${fromLabel} {id: $fromId})
         MATCH (b:${toLabel} {id: $toId})
         MERGE (a)-[r:${input.type}]->(b)
         SET r += $props, r.sources = coalesce(r.sources, []) + [s IN $sourceIds WHERE NOT s IN coalesce(r.sources, [])]
         RETURN properties(r) AS properties`,
        { fromId: input.fromId, toId: input.toId, props: defined(props), sourceIds },
      );
      if (rows.length === 0) {
        const [exists] = await run(`OPTIONAL MATCH (a:${fromLabel} {id: $fromId}) RETURN a IS NOT NULL AS found`, { fromId: input.fromId });
        if (!exists.found) throw new BadInputError('fromId', `the id of an existing ${fromLabel}`, input.fromId);
        throw new BadInputError('toId', `the id of an existing ${toLabel}`, input.toId);
      }
      return { type: input.type, fromId: input.fromId, toId: input.toId, properties: rows[0].properties };
    }, 'link');
  }

  unlink(type: LinkType, fromId: string, toId: string): Promise<boolean> {
    const fromLabel = labelOf(fromId);
    const toLabel = labelOf(toId);
    const rule = LINK_RULES[type];
    if (!fromLabel || !rule.from.includes(fromLabel)) throw new BadInputError('fromId', `the id of a ${rule.from.join(' or ')}`, fromId);
    if (!toLabel || !rule.to.includes(toLabel)) throw new BadInputError('toId', `the id of a ${rule.to.join(' or ')}`, toId);
    return this.db.writeTransaction(async (run) => {
      const [row] = await run(`MATCH (:${fromLabel} {id: $fromId})-[r:${type}]->(:${toLabel} {id: $toId}) DELETE r RETURN count(*) AS deleted`, { fromId, toId });
      if (!row || row.deleted === 0) throw new NotFoundError(`${type} link`, `${fromId} → ${toId}`);
      return true;
    }, 'unlink');
  }

  /**
   * Creates or updates a node by id, cites its sources, and sets the given lists of links, in
   * that order and in one transaction: a bad id in a link list (found after the node was written)
   * rolls back the node and any new source too.
   */
  private upsertNode(label: Label, input: FactInput, fields: Record<string, unknown>, requiredOnCreate: string[], links: LinkList[], id: string): Promise<NodeRow> {
    requireSources(input);
    return this.db.writeTransaction(async (run) => {
      const [existing] = await run(`OPTIONAL MATCH (n:${label} {id: $id}) RETURN n IS NOT NULL AS found`, { id });
      if (!existing.found) {
        const missing = requiredOnCreate.find((field) => fields[field] === undefined || fields[field] === null);
        if (missing) throw new BadInputError(`${missing}`, `a value when creating a new ${label}`, fields[missing]);
      }
      const sourceIds = await resolveSources(run, input);
      const props = defined({ ...fields, confidence: input.confidence, note: input.note, evidence: input.evidence });
      await run(
        `MERGE (n:${label} {id: $id})
         ON CREATE SET n += $defaults
         SET n += $props
         WITH n
         UNWIND $sourceIds AS sourceId
         MATCH (s:Source {id: sourceId})
         MERGE (n)-[:CITES]->(s)`,
        { id, props, sourceIds, defaults: LIST_DEFAULTS[label] ?? {} },
      );
      for (const list of links) {
        if (list.values !== undefined) await setLinks(run, label, id, list, sourceIds);
      }
      return (await nodeOf(run, label, id))!;
    }, `upsert${label}`);
  }
}

/** Refused before any work: a fact without a source. */
function requireSources(input: FactInput): void {
  if ((input.sourceIds?.length ?? 0) === 0 && !input.newSource) {
    throw new BadInputError('sourceIds', 'at least one existing Source id in sourceIds, or a newSource in the same input', input.sourceIds);
  }
}

/** The sources a fact cites: the existing ids (all must exist) plus the new source, created here. */
async function resolveSources(run: Run, input: FactInput): Promise<string[]> {
  requireSources(input);
  const ids = [...new Set(input.sourceIds ?? [])];
  if (ids.length > 0) {
    const [{ missing }] = await run(cypher('writes/curation/missing-sources'), { ids });
    if (missing.length > 0) throw new BadInputError('sourceIds', 'ids of existing sources (or give a newSource)', missing);
  }
  if (input.newSource) ids.push(await createSource(run, input.newSource));
  return ids;
}

async function createSource(run: Run, input: SourceInput): Promise<string> {
  const id = await sourceIdFor(run, input);
  await run(cypher('writes/curation/merge-source'), { id, props: sourceProps(input), update: false });
  return id;
}

/** A given id; else the source with the same URL; else an id from the URL (the seed's rule) or the title. */
async function sourceIdFor(run: Run, input: SourceInput): Promise<string> {
  if (input.id) return input.id;
  if (input.url) {
    const [row] = await run(cypher('writes/curation/source-by-url'), { url: input.url });
    return row?.id ?? `source:url-${createHash('sha1').update(input.url).digest('hex').slice(0, 12)}`;
  }
  const slug = input.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `source:${slug || createHash('sha1').update(input.title).digest('hex').slice(0, 12)}`;
}

function sourceProps(input: SourceInput): Record<string, unknown> {
  const { title, publisher, url, publishedOn, citing, reliability, note } = input;
  return defined({ title, name: title, publisher, url, publishedOn, citing, reliability, note });
}

/** Makes the node's links of one kind exactly `values`; refuses ids (or ISO3 codes) that match nothing. */
async function setLinks(run: Run, label: Label, id: string, list: LinkList, sourceIds: string[]): Promise<void> {
  const arrow = list.direction === 'OUT' ? ['-', '->'] : ['<-', '-'];
  const values = [...new Set(list.values)];
  const [row] = await run(
    `MATCH (n:${label} {id: $id})
     OPTIONAL MATCH (n)${arrow[0]}[old:${list.type}]${arrow[1]}(x:${list.target})
     WHERE NOT x.${list.key} IN $values
     DELETE old
     WITH DISTINCT n
     UNWIND $values AS value
     MATCH (x:${list.target} {${list.key}: value})
     MERGE (n)${arrow[0]}[r:${list.type}]${arrow[1]}(x)
     SET r.sources = coalesce(r.sources, []) + [s IN $sourceIds WHERE NOT s IN coalesce(r.sources, [])]
     RETURN collect(value) AS linked`,
    { id, values, sourceIds },
  );
  const linked = new Set<string>(row?.linked ?? []);
  const missing = values.filter((value) => !linked.has(value));
  if (missing.length > 0) {
    const what = list.key === 'iso3' ? `ISO3 codes of countries in the graph` : `ids of existing ${list.target} nodes`;
    throw new BadInputError(`${list.field}`, what, list.values!.length === 1 && list.key === 'iso3' ? missing[0] : missing);
  }
}

async function nodeOf(run: Run, label: Label, id: string): Promise<NodeRow | undefined> {
  const [row] = await run(`MATCH (n:${label} {id: $id}) RETURN n {.*} AS node`, { id });
  return row?.node as NodeRow | undefined;
}

function defined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
