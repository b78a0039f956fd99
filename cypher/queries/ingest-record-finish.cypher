// Notes what a record now asserts and whether it waits for other rows; a record that applied cleanly
// supersedes its open sync errors.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
USING INDEX s:SourceRecord(tenant, source, table, key)
SET s.asserts = $asserts, s.derived = $derived, s.syncStatus = $status, s.pendingOn = $pendingOn,
    s.pendingSince = CASE WHEN $status = 'pending' THEN coalesce(s.pendingSince, datetime()) END, s.errorReason = null
WITH s
OPTIONAL MATCH (e:SyncError {tenant: $tenant, status: 'open'})-[:CONCERNS]->(s)
WHERE $status = 'synced'
SET e.status = 'superseded', e.resolvedAt = datetime()
RETURN count(e) AS superseded
