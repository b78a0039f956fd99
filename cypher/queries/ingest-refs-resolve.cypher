// The parties of referenced rows; a row not seen yet (or deleted) is simply missing from the result.
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})-[:IDENTIFIES]->(p:Party)
USING INDEX s:SourceRecord(tenant, source, table, key)
WHERE NOT coalesce(s.deleted, false)
RETURN ref.table AS table, ref.key AS key, p.id AS partyId
