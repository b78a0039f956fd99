// A steward's answer to a match suggestion: its status becomes $status (accepted or rejected), by $actor.
MATCH (m:MatchSuggestion {tenant: $tenant, id: $id})
SET m.status = $status, m.decidedAt = datetime(), m.decidedBy = $actor, m.decision = $decision
RETURN m.id AS id
