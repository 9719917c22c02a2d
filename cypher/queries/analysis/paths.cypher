:param fromId => 'element:Dy';
:param toId => 'company:ford';
:param types => ['KIND_OF', 'MADE_FROM', 'CONTAINS', 'USES', 'PART_OF', 'MAKES', 'PRODUCES', 'HIT', 'ATTRIBUTED_TO', 'RESTRICTS', 'BASED_IN', 'OPERATES', 'LOCATED_IN', 'AT', 'LACKED', 'ISSUED_BY', 'AMENDS', 'SUSPENDS', 'SUPPLIES'];
// The shortest explanatory paths between two entities, in either direction along relationships
// of the given types, at most maxHops links (the bound after `,` in {1,4}, inlined by the API),
// shortest first, at most 50 (the API keeps the first `first` after dropping paths that visit a
// node twice). One index seek per end (one branch per label).
CALL () {
    MATCH (a:Country {id: $fromId}) RETURN a
    UNION
    MATCH (a:Element {id: $fromId}) RETURN a
    UNION
    MATCH (a:Product {id: $fromId}) RETURN a
    UNION
    MATCH (a:Application {id: $fromId}) RETURN a
    UNION
    MATCH (a:Industry {id: $fromId}) RETURN a
    UNION
    MATCH (a:Company {id: $fromId}) RETURN a
    UNION
    MATCH (a:Facility {id: $fromId}) RETURN a
    UNION
    MATCH (a:TradeFlow {id: $fromId}) RETURN a
    UNION
    MATCH (a:TradeReport {id: $fromId}) RETURN a
    UNION
    MATCH (a:ProductionStat {id: $fromId}) RETURN a
    UNION
    MATCH (a:Policy {id: $fromId}) RETURN a
    UNION
    MATCH (a:Disruption {id: $fromId}) RETURN a
    UNION
    MATCH (a:Source {id: $fromId}) RETURN a
}
CALL () {
    MATCH (b:Country {id: $toId}) RETURN b
    UNION
    MATCH (b:Element {id: $toId}) RETURN b
    UNION
    MATCH (b:Product {id: $toId}) RETURN b
    UNION
    MATCH (b:Application {id: $toId}) RETURN b
    UNION
    MATCH (b:Industry {id: $toId}) RETURN b
    UNION
    MATCH (b:Company {id: $toId}) RETURN b
    UNION
    MATCH (b:Facility {id: $toId}) RETURN b
    UNION
    MATCH (b:TradeFlow {id: $toId}) RETURN b
    UNION
    MATCH (b:TradeReport {id: $toId}) RETURN b
    UNION
    MATCH (b:ProductionStat {id: $toId}) RETURN b
    UNION
    MATCH (b:Policy {id: $toId}) RETURN b
    UNION
    MATCH (b:Disruption {id: $toId}) RETURN b
    UNION
    MATCH (b:Source {id: $toId}) RETURN b
}
MATCH p = SHORTEST 50 (a) (()-[r]-() WHERE type(r) IN $types){1,4 /*maxHops*/} (b)
WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
  [r IN relationships(p) | {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r), source: startNode(r).id,
    target: endNode(r).id, confidence: r.confidence, critical: r.critical, sourceIds: coalesce(r.sources, [])}] AS edges
