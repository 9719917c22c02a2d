:param exporterId => 'country:CHN';
:param importerId => 'country:WLD';
:param productId => 'product:rare-earth-permanent-magnet';
:param fromPeriod => '2024-05';
:param toPeriod => '2025-12';
// The monthly flows of one product from one country to another (or to the world, country:WLD)
// between two months, each with every report of it and the source each report cites.
// The API asks from 12 months before the requested start, so that every requested month has
// the months its computed month-on-month and year-on-year changes compare with.
// Unknown ids come back as null exporterId / importerId / productId.
OPTIONAL MATCH (x:Country {id: $exporterId})
OPTIONAL MATCH (m:Country {id: $importerId})
OPTIONAL MATCH (p:Product {id: $productId})
CALL (x, m, p) {
  MATCH (f:TradeFlow {exporterIso3: x.iso3, importerIso3: m.iso3, productId: p.id})
  WHERE f.period >= $fromPeriod AND f.period <= $toPeriod
  CALL (f) {
    MATCH (r:TradeReport)-[:REPORTS]->(f)
    OPTIONAL MATCH (r)-[:CITES]->(s:Source)
    WITH r, s ORDER BY r.id
    RETURN collect(r {.*, sourceId: s.id, source: s {.*}}) AS reports
  }
  WITH f, reports ORDER BY f.period
  RETURN collect(f {.*, reports: reports}) AS flows
}
RETURN x.id AS exporterId, m.id AS importerId, p.id AS productId, x {.*} AS exporter, m {.*} AS importer, p {.*} AS product, flows
