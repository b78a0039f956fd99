// Pairs in the review band: the record's party and a candidate party it may be, with the score's
// explanation (JSON), open for a steward. $suggestions holds {id, record, partyId, candidateId, probability,
// weight, explanation}; the same pair suggested again refreshes its score
// (and opens again if it had closed itself as moot; an accepted or rejected one keeps its answer).
UNWIND $suggestions AS row
MATCH (p:Party {tenant: $tenant, id: row.partyId})
USING INDEX p:Party(tenant, id)
MATCH (c:Party {tenant: $tenant, id: row.candidateId})
USING INDEX c:Party(tenant, id)
MERGE (m:MatchSuggestion {tenant: $tenant, id: row.id})
  ON CREATE SET m.status = 'open', m.createdAt = datetime()
SET m.status = CASE m.status WHEN 'closed' THEN 'open' ELSE m.status END, m.closedReason = null, m.closedAt = null,
    m.record = row.record, m.probability = row.probability, m.weight = row.weight,
    m.explanation = row.explanation, m.updatedAt = datetime(), m.source = $source
MERGE (m)-[:FOR]->(p)
MERGE (m)-[:CANDIDATE]->(c)
