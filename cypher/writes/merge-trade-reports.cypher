// Writes trade reports (one source's report of one flow), their flows and sources.
// MERGE on ids: repeating the same report changes nothing; a new source's report is added
// beside the others, never over them.
:param rows => []
UNWIND $rows AS row
MERGE (s:Source {id: row.source.id})
  ON CREATE SET s += row.source
WITH row, s
MERGE (f:TradeFlow {id: row.flow.id})
  ON CREATE SET f += row.flow
WITH row, s, f
MATCH (exporter:Country {iso3: row.flow.exporterIso3})
MATCH (importer:Country {iso3: row.flow.importerIso3})
MATCH (p:Product {id: row.flow.productId})
MERGE (f)-[:FROM]->(exporter)
MERGE (f)-[:TO]->(importer)
MERGE (f)-[:OF]->(p)
MERGE (r:TradeReport {id: row.report.id})
SET r.name = f.name + ' per ' + s.name,
    r.quantityTonnes = row.report.quantityTonnes,
    r.valueUsd = row.report.valueUsd,
    r.reportedMomChangePct = row.report.reportedMomChangePct,
    r.reportedYoyChangePct = row.report.reportedYoyChangePct,
    r.confidence = row.report.confidence,
    r.basis = row.report.basis,
    r.publishedOn = row.report.publishedOn,
    r.evidence = row.report.evidence,
    r.period = row.flow.period
MERGE (r)-[:REPORTS]->(f)
MERGE (r)-[:CITES]->(s)
