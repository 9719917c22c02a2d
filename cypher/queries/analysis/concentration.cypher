:param ofId => 'product:rare-earth-concentrate';
:param stage => 'MINING';
:param measure => 'PRODUCTION';
:param year => 2024;
// Each country's figure for one product or element, stage, measure and year (year null: the
// latest with data), with its sources. The API computes shares and the Herfindahl-Hirschman
// index from them (src/analysis/maths/hhi.ts). The world row (country:WLD) is the denominator.
CALL () {
  MATCH (o:Product {id: $ofId}) RETURN o
  UNION
  MATCH (o:Element {id: $ofId}) RETURN o
}
CALL (o) {
  MATCH (s:ProductionStat)-[:OF]->(o)
  WHERE s.stage = $stage AND s.measure = $measure AND ($year IS NULL OR s.year = $year)
  RETURN max(s.year) AS year
}
CALL (o, year) {
  MATCH (s:ProductionStat)-[:OF]->(o)
  WHERE s.stage = $stage AND s.measure = $measure AND s.year = year
  MATCH (s)-[:BY]->(c:Country)
  CALL (s) {
    OPTIONAL MATCH (s)-[:CITES]->(src:Source)
    WITH src ORDER BY src.id
    RETURN collect(src {.*}) AS sources
  }
  WITH s, c, sources ORDER BY c.id
  RETURN collect({stat: s {.*}, country: c {.*}, sources: sources}) AS rows
}
RETURN o {.*, label: labels(o)[0]} AS of, year, rows
