// A tenant's sync errors, newest first, optionally only one status, source or table.
MATCH (e:SyncError {tenant: $tenant})
WHERE ($status IS NULL OR e.status = $status)
  AND ($source IS NULL OR e.source = $source)
  AND ($table IS NULL OR e.table = $table)
RETURN e {.*} AS error
ORDER BY e.at DESC, e.id
SKIP $skip LIMIT $limit
