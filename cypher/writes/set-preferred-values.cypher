// Stores each flow's preferred quantity and value (chosen in src/seed/preferred-report.ts)
// and which reports they come from, so reads never recompute the choice.
:param updates => []
UNWIND $updates AS u
MATCH (f:TradeFlow {id: u.flowId})
SET f.quantityTonnes = u.quantityTonnes,
    f.valueUsd = u.valueUsd,
    f.quantityReportId = u.quantityReportId,
    f.valueReportId = u.valueReportId,
    f.preferredReason = u.reason,
    f.reportsDisagree = u.reportsDisagree,
    f.reportCount = u.reportCount
