// Notes what records now assert, whether they wait for other rows and the field-level warnings of values they
// hold but could not read ($records holds {table, key, asserts, derived, syncStatus, pendingOn, warnings}); a record
// that applied cleanly supersedes its open sync errors.
UNWIND $records AS record
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
SET s.asserts = record.asserts, s.derived = record.derived, s.syncStatus = record.syncStatus,
    s.pendingOn = record.pendingOn,
    s.pendingSince = CASE WHEN record.syncStatus = 'pending' THEN coalesce(s.pendingSince, datetime()) END,
    s.errorReason = null, s.warnings = record.warnings
WITH s, record
CALL (s, record) {
  OPTIONAL MATCH (e:SyncError {tenant: $tenant, status: 'open'})-[:CONCERNS]->(s)
  WHERE record.syncStatus = 'synced'
  SET e.status = 'superseded', e.resolvedAt = datetime()
}
