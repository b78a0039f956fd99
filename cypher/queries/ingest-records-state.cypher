// What records asserted and which derived records they have, for deletes. $refs holds {table, key}.
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
RETURN ref.table AS table, ref.key AS key, coalesce(s.asserts, []) AS asserts, coalesce(s.derived, []) AS derived
