// Deleted source records by when they were deleted, for erasing their raw rows after the retention
// (sparse: only deleted records carry deletedAt).
CREATE INDEX source_record_deleted_at IF NOT EXISTS
FOR (s:SourceRecord) ON (s.tenant, s.deletedAt);
