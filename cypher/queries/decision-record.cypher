// Records a steward's decision ($decision: {id, type, reason, parties, records, suggestion, evidence}) by
// $actor, and puts it on the timeline of each party it touched.
CREATE (d:Decision {tenant: $tenant, id: $decision.id})
SET d.type = $decision.type, d.at = datetime(), d.by = $actor, d.reason = $decision.reason,
    d.parties = $decision.parties, d.records = $decision.records, d.suggestion = $decision.suggestion,
    d.evidence = $decision.evidence
WITH d
UNWIND $decision.parties AS partyId
CREATE (:TimelineEvent {tenant: $tenant, id: randomUUID(), partyId: partyId, type: 'decision-' + d.type,
                        at: d.at, record: CASE WHEN size(d.records) > 0 THEN d.records[0] END,
                        detail: d.type + ' ' + reduce(s = '', p IN d.parties | s + CASE WHEN s = '' THEN '' ELSE ', ' END + p)
                                + CASE WHEN d.reason IS NULL THEN '' ELSE ': ' + d.reason END,
                        by: $actor})
RETURN DISTINCT d.id AS id
