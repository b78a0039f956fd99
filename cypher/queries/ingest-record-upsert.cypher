// The row's source record, revived if it was deleted; returns what it asserted before this change.
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
  ON CREATE SET s.firstSeen = datetime()
WITH s, coalesce(s.asserts, []) AS asserts, coalesce(s.derived, []) AS derived
SET s.uid = $uid, s.raw = $raw, s.mapping = $mapping, s.lastSeen = datetime(), s.deleted = false, s.deletedAt = null,
    s.position = $position,
    s.operation = $operation
RETURN asserts, derived
