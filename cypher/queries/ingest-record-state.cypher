// What a record asserted and which derived records it has, for a delete.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
USING INDEX s:SourceRecord(tenant, source, table, key)
RETURN coalesce(s.asserts, []) AS asserts, coalesce(s.derived, []) AS derived
