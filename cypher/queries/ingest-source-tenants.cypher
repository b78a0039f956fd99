// The tenants holding live records of this source (at most $limit of them; not the engine's own, whose ids start
// with $reserved: the sync errors of rows that name no tenant): tenant ids only, to find the records
// whose rows a snapshot reading the source again did not find, which is then done tenant by tenant
// (reconcile-records, ingest-records-raw); so this statement is not scoped by tenant.
MATCH (s:SourceRecord)
WHERE s.source = $source AND s.tenant IS NOT NULL AND NOT s.tenant STARTS WITH $reserved
  AND s.key IS NOT NULL AND NOT coalesce(s.deleted, false)
RETURN DISTINCT s.tenant AS tenant
LIMIT $limit
