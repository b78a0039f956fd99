// Withdraws a steward decision in force: it stays, marked withdrawn by $actor, and resolution no longer
// respects it; each party it touched shows the withdrawal on its timeline.
MATCH (d:Decision {tenant: $tenant, id: $id})
WHERE d.withdrawnAt IS NULL
SET d.withdrawnAt = datetime(), d.withdrawnBy = $actor, d.withdrawReason = $reason
WITH d
UNWIND d.parties AS partyId
CREATE (:TimelineEvent {tenant: $tenant, id: randomUUID(), partyId: partyId, type: 'decision-withdrawn',
                        at: d.withdrawnAt, detail: d.type + ' withdrawn' + CASE WHEN $reason IS NULL THEN '' ELSE ': ' + $reason END,
                        by: $actor})
RETURN DISTINCT d.id AS id
