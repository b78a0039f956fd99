// The tenant's match suggestions of a $status (or the one of $id, whatever its status) for a steward's review queue, best first ($sort 'score') or newest
// first ('newest'), filtered by score range ($minScore, $maxScore), party kind ($kind label), the record's
// $source and $table, and a $party on either side (null for any); paged by $skip and $limit. Each side is shown
// as the party it stands for now (a merged party's survivor): attributes, contact points and up to 20 records.
CALL () {
  MATCH (m:MatchSuggestion {tenant: $tenant, id: $id})
  RETURN m
  UNION
  MATCH (m:MatchSuggestion {tenant: $tenant, status: $status})
  USING INDEX m:MatchSuggestion(tenant, status)
  WHERE $id IS NULL
  RETURN m
}
WITH m
WHERE m.probability >= $minScore AND m.probability <= $maxScore
  AND ($source IS NULL OR m.record STARTS WITH $source + '/')
  AND ($table IS NULL OR split(m.record, '/')[1] = $table)
MATCH (m)-[:FOR]->(p:Party)
MATCH (m)-[:CANDIDATE]->(c:Party)
WHERE ($kind IS NULL OR $kind IN labels(p))
  AND ($party IS NULL OR $party IN [p.id, c.id, p.mergedInto, c.mergedInto])
WITH m, p, c
ORDER BY CASE WHEN $sort = 'newest' THEN m.createdAt END DESC, m.probability DESC, m.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (ps:Party {tenant: $tenant, id: p.mergedInto})
OPTIONAL MATCH (cs:Party {tenant: $tenant, id: c.mergedInto})
WITH m, p, c, coalesce(ps, p) AS left, coalesce(cs, c) AS right
RETURN m {.id, .record, .status, .probability, .weight, .explanation, .source, .decidedBy, .decision, .closedReason,
          createdAt: toString(m.createdAt), decidedAt: toString(m.decidedAt), closedAt: toString(m.closedAt)} AS suggestion,
       p.id AS partyId, c.id AS candidateId,
       [side IN [left, right] | side {.id, .status, .displayName, .givenName, .middleName, .familyName, .legalName,
          .birthDate, .addresses, .identifiers, .otherNames,
          kind: CASE WHEN side:Person THEN 'PERSON' ELSE 'ORGANIZATION' END,
          emails: COLLECT { MATCH (side)-[:HAS_EMAIL]->(e) RETURN e.value ORDER BY e.value },
          phones: COLLECT { MATCH (side)-[:HAS_PHONE]->(n) RETURN n.value ORDER BY n.value },
          domains: COLLECT { MATCH (side)-[:HAS_DOMAIN]->(d) RETURN d.value ORDER BY d.value },
          recordCount: COUNT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(side) WHERE NOT coalesce(s.deleted, false) },
          records: COLLECT { MATCH (s:SourceRecord)-[i:IDENTIFIES]->(side) WHERE NOT coalesce(s.deleted, false)
                             RETURN s.uid ORDER BY s.uid LIMIT 20 }}] AS sides
