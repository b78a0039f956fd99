// A table's source records in one tenant (derived records left out), for comparison with the source.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table})
WHERE NOT coalesce(s.deleted, false) AND s.derivedFrom IS NULL
RETURN s.key AS key, s.syncStatus AS status
