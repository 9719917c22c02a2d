/**
 * The ids of a trade flow and of one source's report of it: the same rule as the CSV row mapping
 * (src/seed/trade-rows.ts), so a report entered through the API and the same report imported
 * from a CSV are one node. Pure.
 */
export function tradeIds(exporter: string, importer: string, productId: string, period: string, sourceId: string, basis: 'REPORTED' | 'DERIVED') {
  const productKey = productId.slice(productId.indexOf(':') + 1);
  const flowKey = `${exporter}-${importer}-${productKey}-${period}`;
  return {
    flowId: `flow:${flowKey}`,
    flowName: `${exporter} → ${importer} ${productKey} ${period}`,
    reportId: `report:${flowKey}:${sourceId.slice(sourceId.indexOf(':') + 1)}${basis === 'DERIVED' ? ':derived' : ''}`,
  };
}
