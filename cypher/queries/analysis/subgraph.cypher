:param ids => ['company:ford', 'element:Dy'];
:param types => ['KIND_OF', 'MADE_FROM', 'CONTAINS', 'USES', 'PART_OF', 'MAKES', 'PRODUCES', 'HIT', 'ATTRIBUTED_TO', 'RESTRICTS', 'BASED_IN', 'OPERATES', 'LOCATED_IN', 'AT', 'LACKED', 'ISSUED_BY', 'AMENDS', 'SUSPENDS', 'SUPPLIES'];
:param maxEdges => 2000;
// The neighbourhood of some entities for a graph view: every relationship of the given types
// within `depth` links of them (the bound after `..`, inlined by the API from a validated integer),
// and both ends of each. One index seek per id (one branch per label). The API asks for one edge
// more than its maximum, to refuse (never trim) an answer that is too large.
UNWIND $ids AS id
CALL (id) {
    MATCH (s:Country {id: id}) RETURN s
    UNION
    MATCH (s:Element {id: id}) RETURN s
    UNION
    MATCH (s:Product {id: id}) RETURN s
    UNION
    MATCH (s:Application {id: id}) RETURN s
    UNION
    MATCH (s:Industry {id: id}) RETURN s
    UNION
    MATCH (s:Company {id: id}) RETURN s
    UNION
    MATCH (s:Facility {id: id}) RETURN s
    UNION
    MATCH (s:TradeFlow {id: id}) RETURN s
    UNION
    MATCH (s:TradeReport {id: id}) RETURN s
    UNION
    MATCH (s:ProductionStat {id: id}) RETURN s
    UNION
    MATCH (s:Policy {id: id}) RETURN s
    UNION
    MATCH (s:Disruption {id: id}) RETURN s
    UNION
    MATCH (s:Source {id: id}) RETURN s
}
WITH collect(DISTINCT s) AS starts
CALL (starts) {
  UNWIND starts AS s
  OPTIONAL MATCH p = (s)-[rs*1..1 /*depth*/]-()
  WHERE all(r IN rs WHERE type(r) IN $types)
  UNWIND CASE WHEN p IS NULL THEN [] ELSE relationships(p) END AS r
  WITH DISTINCT r
  LIMIT $maxEdges
  RETURN collect(r) AS rels
}
WITH starts, rels, starts + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS listed
UNWIND listed AS n
WITH rels, collect(DISTINCT n {.*, label: labels(n)[0]}) AS nodes
RETURN nodes, [r IN rels | {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r), source: startNode(r).id,
  target: endNode(r).id, confidence: r.confidence, sourceIds: coalesce(r.sources, [])}] AS edges
