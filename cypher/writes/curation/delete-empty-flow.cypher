// Deletes a trade flow that no report supports any more.
:param flowId => 'flow:does-not-exist'
MATCH (f:TradeFlow {id: $flowId})
WHERE NOT EXISTS { (f)<-[:REPORTS]-(:TradeReport) }
DETACH DELETE f
