// Sync errors by source table and kind of reason, open and all, as GET /reports/sync-errors counts them.
MATCH (e:SyncError {tenant: $tenant})
RETURN e.source + '/' + e.table AS table, split(e.reason, ':')[0] AS kind, e.status AS status, count(*) AS errors
ORDER BY errors DESC
