// The rows of this source's live records in $refs ({table, key}) as the graph holds them, to be applied
// again after a steward's decision: the raw row, and the log position and operation of the change that
// wrote it (kept as they were).
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
WHERE NOT coalesce(s.deleted, false) AND s.raw IS NOT NULL
RETURN s.table AS table, s.key AS key, s.raw AS raw, s.position AS position, s.operation AS operation
