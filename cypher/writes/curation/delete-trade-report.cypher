// Deletes one trade report; returns its flow and how many reports that flow still has
// (the caller recomputes the flow's preferred value, or deletes the flow when none is left).
:param id => 'report:does-not-exist'
MATCH (r:TradeReport {id: $id})-[:REPORTS]->(f:TradeFlow)
DETACH DELETE r
WITH f
RETURN f.id AS flowId, COUNT { (f)<-[:REPORTS]-(:TradeReport) } AS remaining
