// The tenant's match suggestions of a status, best first: the record, its party, the candidate party, the
// probability and the explanation (JSON). Paged by $skip and $limit.
MATCH (m:MatchSuggestion {tenant: $tenant, status: $status})
USING INDEX m:MatchSuggestion(tenant, status)
MATCH (m)-[:FOR]->(p:Party)
MATCH (m)-[:CANDIDATE]->(c:Party)
RETURN m.id AS id, m.record AS record, p.id AS partyId, p.displayName AS partyName, c.id AS candidateId,
       c.displayName AS candidateName, m.probability AS probability, m.explanation AS explanation,
       toString(m.createdAt) AS createdAt, m.status AS status
ORDER BY m.probability DESC, m.id
SKIP $skip LIMIT $limit
