// One batch of trade reports (bulk importer and the reportTradeFlow mutation), one transaction.
// MERGE on ids: the flow and its FROM / TO / OF links are created once; the report's properties
// are replaced by the incoming ones only when they differ, so a re-run writes nothing and the
// rows it repeats are counted unchanged. Returns the flows whose reports changed (their preferred
// value is then recomputed in the same transaction) and how many rows matched every reference.
:param rows => []
UNWIND $rows AS row
MATCH (s:Source {id: row.report.sourceId})
MATCH (exporter:Country {iso3: row.flow.exporterIso3})
MATCH (importer:Country {iso3: row.flow.importerIso3})
MATCH (p:Product {id: row.flow.productId})
MERGE (f:TradeFlow {id: row.flow.id})
  ON CREATE SET f += row.flow
MERGE (f)-[:FROM]->(exporter)
MERGE (f)-[:TO]->(importer)
MERGE (f)-[:OF]->(p)
MERGE (r:TradeReport {id: row.report.props.id})
WITH row, f, s, r, row.report.props AS incoming
WITH row, f, s, r, incoming {.*, name: f.name + ' per ' + s.name} AS props
WITH row, f, s, r, props, properties(r) = props AS unchanged
FOREACH (_ IN CASE WHEN unchanged THEN [] ELSE [1] END | SET r = props)
MERGE (r)-[:REPORTS]->(f)
MERGE (r)-[:CITES]->(s)
RETURN count(row) AS written,
       sum(CASE WHEN unchanged THEN 1 ELSE 0 END) AS unchanged,
       collect(DISTINCT CASE WHEN unchanged THEN null ELSE f.id END) AS changedFlowIds
