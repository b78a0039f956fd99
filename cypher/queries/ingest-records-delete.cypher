// Marks records deleted ($records holds {table, key, position}) and closes their open suggestions; returns, for each that was live, the
// party it identified and what it said (to be withdrawn from that party's profile). What the record asserted was
// retracted before (ingest-records-retract): a deleted record asserts nothing, and waits for nothing.
UNWIND $records AS record
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
WITH s, record, CASE WHEN coalesce(s.deleted, false) THEN null ELSE s {.*, raw: null} END AS before
SET s.deleted = true, s.deletedAt = coalesce(s.deletedAt, datetime()), s.lastSeen = datetime(),
    s.position = record.position, s.operation = 'delete',
    s.pendingSince = null, s.pendingOn = null, s.asserts = null,
    s.syncStatus = CASE s.syncStatus WHEN 'pending' THEN 'synced' ELSE s.syncStatus END
WITH s, before
WHERE before IS NOT NULL
MATCH (s)-[:IDENTIFIES]->(p:Party)
// A suggestion about the deleted record is moot: it closes itself, saying why.
CALL (s, p) {
  MATCH (sug:MatchSuggestion {status: 'open'})-[:FOR]->(p)
  WHERE sug.record = s.uid
  SET sug.status = 'closed', sug.closedReason = 'the record was deleted at its source', sug.closedAt = datetime()
}
RETURN p.id AS partyId, before
