import { TradeSeriesResolver } from './trade-series/trade-series.resolver.js';
import { ExportDependentsResolver } from './export-dependents/export-dependents.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { SubgraphResolver } from './subgraph/subgraph.resolver.js';
import { PathsResolver } from './paths/paths.resolver.js';
import { ConcentrationResolver } from './concentration/concentration.resolver.js';
import { PolicyImpactResolver } from './policy-impact/policy-impact.resolver.js';
import { SupplyChainResolver } from './supply-chain/supply-chain.resolver.js';

/** The analysis fields' resolvers, registered in src/schema.ts. */
export const analysisResolvers = [
  TradeSeriesResolver,
  ExportDependentsResolver,
  SearchResolver,
  SubgraphResolver,
  PathsResolver,
  ConcentrationResolver,
  PolicyImpactResolver,
  SupplyChainResolver,
];
