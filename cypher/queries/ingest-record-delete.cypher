// Marks a record and its derived records deleted; returns, for each that was live, the party it
// identified and what it said (to be withdrawn from that party's profile).
UNWIND $keys AS key
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: key})
USING INDEX s:SourceRecord(tenant, source, table, key)
WITH s, CASE WHEN coalesce(s.deleted, false) THEN null ELSE s {.*, raw: null} END AS before
SET s.deleted = true, s.deletedAt = coalesce(s.deletedAt, datetime()), s.lastSeen = datetime(),
    s.position = $position, s.operation = 'delete',
    s.pendingSince = null
WITH s, before
WHERE before IS NOT NULL
MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN p.id AS partyId, before
