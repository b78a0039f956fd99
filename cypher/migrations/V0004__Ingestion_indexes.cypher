// Lookups ingestion runs: records waiting for a referenced row, and a record's derived records.
CREATE INDEX source_record_sync_status IF NOT EXISTS
FOR (s:SourceRecord) ON (s.tenant, s.source, s.syncStatus);

CREATE INDEX source_record_uid IF NOT EXISTS
FOR (s:SourceRecord) ON (s.tenant, s.uid);

CREATE INDEX sync_error_source IF NOT EXISTS
FOR (e:SyncError) ON (e.tenant, e.source, e.table);
