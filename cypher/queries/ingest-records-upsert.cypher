// The rows' source records, revived when deleted; returns what each asserted before this change.
// $records holds {table, key, uid, raw, position, operation}.
UNWIND $records AS record
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
  ON CREATE SET s.firstSeen = datetime()
WITH s, record, coalesce(s.asserts, []) AS asserts, coalesce(s.derived, []) AS derived
SET s.uid = record.uid, s.raw = record.raw, s.mapping = $mapping, s.lastSeen = datetime(), s.deleted = false,
    s.deletedAt = null, s.position = record.position, s.operation = record.operation
RETURN record.table AS table, record.key AS key, asserts, derived
