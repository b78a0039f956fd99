// Marks a record and its derived records deleted; returns the parties they identified.
UNWIND $keys AS key
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: key})
USING INDEX s:SourceRecord(tenant, source, table, key)
SET s.deleted = true, s.lastSeen = datetime(), s.position = $position, s.operation = 'delete',
    s.pendingSince = null
WITH s
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN collect(DISTINCT p.id) AS parties
