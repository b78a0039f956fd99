// Which of the records in $refs ({table, key}) the graph holds already, live, deleted or in error.
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
RETURN ref.table AS table, ref.key AS key
