// A table's source records in one tenant (derived records left out), for comparison with the source.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table})
USING INDEX s:SourceRecord(tenant, source, table, key)
WHERE s.key IS NOT NULL AND NOT coalesce(s.deleted, false) AND s.derivedFrom IS NULL
RETURN s.key AS key, s.syncStatus AS status
