:param ofId => 'company:ford';
:param measure => 'PRODUCTION';
// The upstream view from a company, application or industry, as a slice of the graph (the API
// chains the edges into explanatory paths from the entity and scores them; see
// src/analysis/maths/score.ts):
//   the applications the company MAKES (or the industry's applications, PART_OF), the products
//   they USE and the products the company PRODUCES, the products those are made from or kinds of
//   (up to maxDepth links: the bound after `..`), the elements they CONTAIN, the companies that
//   PRODUCE them, the policies that RESTRICT them (with the policies that SUSPEND those), the
//   disruptions that LACKED them or HIT the entity or a producer (and what they are
//   ATTRIBUTED_TO), and the latest production statistics (measure $measure) by country.
// Every edge comes back as {id, type, source, target, confidence, critical, sourceIds}.
CALL () {
  MATCH (root:Company {id: $ofId}) RETURN root
  UNION
  MATCH (root:Application {id: $ofId}) RETURN root
  UNION
  MATCH (root:Industry {id: $ofId}) RETURN root
}
CALL (root) {
  OPTIONAL MATCH (root)-[r:MAKES]->(:Application)
  RETURN collect(r) AS makes
}
CALL (root) {
  OPTIONAL MATCH (:Application)-[r:PART_OF]->(root)
  RETURN collect(r) AS partOf
}
CALL (root, makes, partOf) {
  UNWIND [root] + [r IN makes | endNode(r)] + [r IN partOf | startNode(r)] AS a
  WITH DISTINCT a
  MATCH (a:Application)-[r:USES]->(:Product)
  RETURN collect(r) AS uses
}
CALL (root) {
  OPTIONAL MATCH (root)-[r:PRODUCES]->(:Product)
  RETURN collect(r) AS produces
}
CALL (uses, produces) {
  UNWIND [r IN uses + produces | endNode(r)] AS start
  WITH DISTINCT start
  OPTIONAL MATCH chain = (start)-[:MADE_FROM|KIND_OF*1..3 /*maxDepth*/]->(:Product)
  UNWIND CASE WHEN chain IS NULL THEN [] ELSE relationships(chain) END AS r
  WITH DISTINCT r
  RETURN collect(r) AS chainRels
}
CALL (uses, produces, chainRels) {
  UNWIND [r IN uses + produces + chainRels | endNode(r)] AS p
  WITH DISTINCT p
  RETURN collect(p) AS products
}
CALL (products) {
  UNWIND products AS p
  MATCH (p)-[r:CONTAINS]->(:Element)
  RETURN collect(r) AS contains, collect(DISTINCT endNode(r)) AS elements
}
CALL (products) {
  UNWIND products AS p
  MATCH (:Company)-[r:PRODUCES]->(p)
  RETURN collect(r) AS producers
}
CALL (products, elements) {
  UNWIND products + elements AS x
  MATCH (:Policy)-[r:RESTRICTS]->(x)
  RETURN collect(r) AS restricts, collect(DISTINCT startNode(r)) AS policies
}
CALL (policies) {
  UNWIND policies AS restricting
  MATCH (by:Policy)-[r:SUSPENDS]->(restricting)
  WITH restricting, by, r ORDER BY restricting.id, by.id
  RETURN collect({policy: restricting.id, by: by {.*}, suspendedFrom: r.suspendedFrom, suspendedUntil: r.suspendedUntil}) AS suspensions
}
CALL (root, products, producers) {
  CALL (root, products, producers) {
    UNWIND products AS p
    MATCH (:Disruption)-[r:LACKED]->(p)
    RETURN r
    UNION
    UNWIND [root] + [r IN producers | startNode(r)] AS c
    MATCH (:Disruption)-[r:HIT]->(c)
    RETURN r
  }
  RETURN collect(r) AS disruptionRels
}
CALL (disruptionRels) {
  UNWIND disruptionRels AS h
  WITH DISTINCT startNode(h) AS d
  MATCH (d)-[r:HIT|LACKED|ATTRIBUTED_TO]->()
  RETURN collect(r) AS disruptionLinks
}
CALL (products, elements) {
  UNWIND products + elements AS x
  MATCH (s:ProductionStat)-[:OF]->(x) WHERE s.measure = $measure
  WITH x, s.stage AS stage, max(s.year) AS year
  MATCH (s:ProductionStat)-[:OF]->(x) WHERE s.measure = $measure AND s.stage = stage AND s.year = year
  MATCH (s)-[:BY]->(c:Country)
  CALL (s) {
    OPTIONAL MATCH (s)-[:CITES]->(src:Source)
    WITH src ORDER BY src.id
    RETURN collect(src {.*}) AS sources
  }
  WITH x, stage, year, s, c, sources ORDER BY x.id, stage, c.id
  RETURN collect({of: x.id, stage: stage, year: year, stat: s {.*}, country: c {.*}, sources: sources}) AS stats
}
WITH root, suspensions, stats,
     makes + partOf + uses + produces + chainRels + contains + producers + restricts + disruptionRels + disruptionLinks AS rels
UNWIND CASE WHEN size(rels) = 0 THEN [null] ELSE rels END AS r
WITH root, suspensions, stats, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) + [root] AS ns,
     collect(DISTINCT CASE WHEN r IS NOT NULL THEN {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r),
       source: startNode(r).id, target: endNode(r).id, confidence: r.confidence, critical: r.critical, sourceIds: coalesce(r.sources, [])} END) AS edges
UNWIND ns AS n
WITH root, suspensions, stats, edges, collect(DISTINCT n {.*, label: labels(n)[0]}) AS nodes
RETURN root.id AS rootId, labels(root)[0] AS rootLabel, nodes, edges, suspensions, stats
