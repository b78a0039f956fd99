// A steward ends an edge ($edge, its element id, between parties of the tenant): it is no longer current from
// $endDate, whatever the rows asserting it say (`stewardEnd`, kept when the edge is summarized again). $endDate
// null takes the steward's end back: the edge's end and current flag are cleared, and the caller summarizes it
// from its assertions again.
MATCH (a:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
WHERE elementId(r) = $edge
SET r.stewardEnd = $endDate, r.stewardEndBy = CASE WHEN $endDate IS NULL THEN null ELSE $actor END,
    r.endDate = $endDate, r.isCurrent = CASE WHEN $endDate IS NULL THEN null ELSE false END
