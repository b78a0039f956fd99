// The log position each of the records in $refs ({table, key}) holds, live, deleted, erased or in error:
// a streamed change at or below it was applied already, or overtaken by a later one.
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
RETURN ref.table AS table, ref.key AS key, s.position AS position
