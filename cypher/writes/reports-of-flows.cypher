// Every report of the given flows, for choosing each flow's preferred value.
:param flowIds => ['flow:CHN-USA-rare-earth-permanent-magnet-2025-06']
UNWIND $flowIds AS flowId
MATCH (f:TradeFlow {id: flowId})<-[:REPORTS]-(r:TradeReport)
RETURN flowId, collect(r {.id, .quantityTonnes, .valueUsd, .basis, .confidence, .publishedOn}) AS reports
