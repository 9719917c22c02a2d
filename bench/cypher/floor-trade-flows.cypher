// Floor for trade flows of one exporter over a range of months, latest first.
:param exporter => 'CHN'
:param from => '2025-01'
:param to => '2025-12'
MATCH (f:TradeFlow)
WHERE f.exporterIso3 = $exporter AND f.period >= $from AND f.period <= $to
WITH f ORDER BY f.period DESC, f.id DESC LIMIT 20
RETURN f {.id, .period, .importerIso3, .quantityTonnes, .valueUsd} AS flow
