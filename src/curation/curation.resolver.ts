import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Company } from '../graph/company/company.type.js';
import { Facility } from '../graph/facility/facility.type.js';
import { Disruption } from '../graph/disruption/disruption.type.js';
import { Policy } from '../graph/policy/policy.type.js';
import { Source } from '../graph/source/source.type.js';
import { TradeReport } from '../graph/trade-report/trade-report.type.js';
import type { NodeRow } from '../graph/shared/loaders.js';
import { CompanyInput, DisruptionInput, FacilityInput, LinkInput, PolicyInput, SourceInput, TradeReportInput } from './curation.inputs.js';
import { CurationService } from './curation.service.js';
import { requireEditor } from './guard.js';
import { LinkType } from './link-types.js';
import { Link } from './link.type.js';

/**
 * The curation mutations: thin, each one call to CurationService (one transaction). Every one
 * needs an editor token, and clears the request's loaders afterwards so that fields read later
 * in the same request see the write (later requests see it through the shared bookmarks).
 */
@Resolver()
export class CurationResolver {
  @Mutation(() => Source, { description: 'Creates a source or updates the given fields of one (by id, else by URL).' })
  async upsertSource(@Arg('input', () => SourceInput, { description: 'The source.' }) input: SourceInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.upsertSource(input));
  }

  @Mutation(() => ID, { description: 'Deletes a source that no fact cites; returns its id. NOT_FOUND for an unknown id; BAD_USER_INPUT when it is cited.' })
  async deleteSource(@Arg('id', () => ID, { description: 'The source id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteSource(id));
  }

  @Mutation(() => TradeReport, { description: "Records one source's report of a monthly trade flow (creating the flow if new) and recomputes the flow's preferred value. Repeating it changes nothing." })
  async reportTradeFlow(@Arg('input', () => TradeReportInput, { description: 'The report.' }) input: TradeReportInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.reportTradeFlow(input));
  }

  @Mutation(() => ID, { description: "Deletes a trade report and recomputes its flow's preferred value (the flow goes when its last report does); returns the id." })
  async deleteTradeReport(@Arg('id', () => ID, { description: 'The report id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteTradeReport(id));
  }

  @Mutation(() => Company, { description: 'Creates a company or updates the given fields of one, with its sources and country.' })
  async upsertCompany(@Arg('input', () => CompanyInput, { description: 'The company.' }) input: CompanyInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.upsertCompany(input));
  }

  @Mutation(() => ID, { description: 'Deletes a company and its relationships; returns the id.' })
  async deleteCompany(@Arg('id', () => ID, { description: 'The company id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteNode('Company', id));
  }

  @Mutation(() => Facility, { description: 'Creates a facility or updates the given fields of one, with its sources, country and operators.' })
  async upsertFacility(@Arg('input', () => FacilityInput, { description: 'The facility.' }) input: FacilityInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.upsertFacility(input));
  }

  @Mutation(() => ID, { description: 'Deletes a facility and its relationships; returns the id.' })
  async deleteFacility(@Arg('id', () => ID, { description: 'The facility id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteNode('Facility', id));
  }

  @Mutation(() => Disruption, { description: 'Creates a disruption or updates the given fields of one, with its sources and what it hit.' })
  async upsertDisruption(@Arg('input', () => DisruptionInput, { description: 'The disruption.' }) input: DisruptionInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.upsertDisruption(input));
  }

  @Mutation(() => ID, { description: 'Deletes a disruption and its relationships; returns the id.' })
  async deleteDisruption(@Arg('id', () => ID, { description: 'The disruption id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteNode('Disruption', id));
  }

  @Mutation(() => Policy, { description: 'Creates a policy or updates the given fields of one, with its sources and issuing countries.' })
  async upsertPolicy(@Arg('input', () => PolicyInput, { description: 'The policy.' }) input: PolicyInput, @Ctx() ctx: Context): Promise<NodeRow> {
    return write(ctx, (service) => service.upsertPolicy(input));
  }

  @Mutation(() => ID, { description: 'Deletes a policy and its relationships; returns the id.' })
  async deletePolicy(@Arg('id', () => ID, { description: 'The policy id.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    return write(ctx, (service) => service.deleteNode('Policy', id));
  }

  @Mutation(() => Link, { description: 'Creates or updates a relationship of a whitelisted type between two existing entities, citing its sources. Idempotent.' })
  async link(@Arg('input', () => LinkInput, { description: 'The relationship.' }) input: LinkInput, @Ctx() ctx: Context): Promise<Link> {
    const row = await write(ctx, (service) => service.link(input));
    return { type: row.type, fromId: row.fromId, toId: row.toId, sourceIds: (row.properties.sources as string[]) ?? [], properties: row.properties };
  }

  @Mutation(() => Boolean, { description: 'Deletes a relationship; NOT_FOUND when there is none.' })
  async unlink(
    @Arg('type', () => LinkType, { description: 'The relationship type.' }) type: LinkType,
    @Arg('fromId', () => ID, { description: 'Id of the start node.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Id of the end node.' }) toId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return write(ctx, (service) => service.unlink(type, fromId, toId));
  }
}

async function write<T>(ctx: Context, work: (service: CurationService) => Promise<T>): Promise<T> {
  requireEditor(ctx.caller);
  try {
    return await work(new CurationService(ctx.db));
  } finally {
    ctx.loaders.clearAll();
  }
}
