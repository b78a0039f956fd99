// Moves a steward's own record ($uid, which no source row can apply again) to the party $partyId, linked by
// hand; returns the party it left.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
USING INDEX s:SourceRecord(tenant, source, table, key)
MATCH (p:Party {tenant: $tenant, id: $partyId})
USING INDEX p:Party(tenant, id)
OPTIONAL MATCH (s)-[old:IDENTIFIES]->(before:Party)
WHERE before <> p
DELETE old
MERGE (s)-[i:IDENTIFIES]->(p)
  ON CREATE SET i.method = 'manual', i.score = 1.0, i.at = datetime(), i.by = $actor
RETURN before.id AS before
