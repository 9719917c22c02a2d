import { TradeSeriesResolver } from './trade-series/trade-series.resolver.js';
import { ExportDependentsResolver } from './export-dependents/export-dependents.resolver.js';

/** The analysis fields' resolvers, registered in src/schema.ts. */
export const analysisResolvers = [
  TradeSeriesResolver,
  ExportDependentsResolver,
];
