// One match suggestion of the tenant: the record, its party, the candidate party, its status and score.
MATCH (m:MatchSuggestion {tenant: $tenant, id: $id})
OPTIONAL MATCH (m)-[:FOR]->(p:Party)
OPTIONAL MATCH (m)-[:CANDIDATE]->(c:Party)
RETURN m.id AS id, m.record AS record, p.id AS partyId, c.id AS candidateId, m.status AS status,
       m.probability AS probability, m.explanation AS explanation
