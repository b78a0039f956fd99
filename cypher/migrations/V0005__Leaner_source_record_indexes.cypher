// Every source record paid for three index entries no lookup needs: records of a table are found by
// the prefix of the (tenant, source, table, key) key, and by uid through the same key. Records waiting
// for rows they refer to carry pendingSince; only they are in the sparse index that finds them.
DROP INDEX source_record_table IF EXISTS;

DROP INDEX source_record_uid IF EXISTS;

DROP INDEX source_record_sync_status IF EXISTS;

CREATE INDEX source_record_pending IF NOT EXISTS
FOR (s:SourceRecord) ON (s.tenant, s.source, s.pendingSince);

MATCH (s:SourceRecord)
WHERE s.syncStatus = 'pending' AND s.pendingSince IS NULL
SET s.pendingSince = coalesce(s.lastSeen, datetime());
