// The tenant's live records applied with field-level warnings (values they hold but could not read: kept in the
// raw row, left out of matching), with the party each identifies; newest first.
MATCH (s:SourceRecord {tenant: $tenant})
WHERE s.warnings IS NOT NULL AND NOT coalesce(s.deleted, false)
  AND ($source IS NULL OR s.source = $source) AND ($table IS NULL OR s.table = $table)
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
WITH s, p ORDER BY s.lastSeen DESC, s.uid SKIP $skip LIMIT $limit
RETURN s {.source, .table, .key, .uid, .warnings, rawRow: s.raw, partyId: p.id, at: s.lastSeen} AS warning
