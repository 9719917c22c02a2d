import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { entityResolvers, entityTypes } from './graph/entities.js';
import { relationResolvers } from './graph/relations.js';
import { NodeResolver } from './graph/node.resolver.js';
import { TradeFlowResolver } from './graph/trade-flow/trade-flow.resolver.js';
import { CurationResolver } from './curation/curation.resolver.js';
import { analysisResolvers } from './analysis/index.js';
import { validateArgs } from './graph/shared/validate-args.js';
import { recordPropertyFields } from './graph/shared/nested/property-fields.js';
import { answerFetchedRelations } from './graph/shared/nested/fetched-fields.js';
import { memoizeArgumentValues } from './graph/shared/memoized-arguments.js';
import {
  NodeSourcesResolver, FigureSourcesResolver, ProductUseSourcesResolver, ProductSupplySourcesResolver,
} from './graph/shared/provenance.resolver.js';
import {
  FacilityFiguresResolver, ProductionStatFiguresResolver, DisruptionFiguresResolver, TradeReportFiguresResolver,
} from './graph/shared/figure-fields.resolver.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

let built: GraphQLSchema | undefined;

/** The executable schema, built once per process (shared by every request). */
export function buildAppSchema(): GraphQLSchema {
  if (built) return built;
  built = buildSchemaSync({
    resolvers: [
      NodeResolver,
      ...entityResolvers,
      ...relationResolvers,
      TradeFlowResolver,
      ...analysisResolvers,
      NodeSourcesResolver, FigureSourcesResolver, ProductUseSourcesResolver, ProductSupplySourcesResolver,
      FacilityFiguresResolver, ProductionStatFiguresResolver, DisruptionFiguresResolver, TradeReportFiguresResolver,
      CurationResolver,
    ] as unknown as NonEmptyArray<Function>,
    orphanedTypes: entityTypes,
    validate: { forbidUnknownValues: false },
    // Argument validation without a dynamic import per field, so DataLoader batches stay whole.
    validateFn: validateArgs,
  });
  recordPropertyFields(built);
  answerFetchedRelations(built);
  memoizeArgumentValues(built);
  const query = built.getQueryType();
  if (query) query.description = 'Reading the rare-earth graph: entities by id, filtered and paged lists, and the analysis fields.';
  const mutation = built.getMutationType();
  if (mutation) mutation.description = 'Curating the graph: every mutation needs a bearer token with the editor role, names its sources, and runs in one transaction.';
  return built;
}

/** The SDL committed at schema/schema.graphql (sorted, so diffs show real changes only). */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}

export function writeSchemaFile(): void {
  writeFileSync(SCHEMA_FILE, printAppSchema());
}
