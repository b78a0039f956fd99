// A row that could not be mapped: kept with its raw row on its source record and in the error log; a new
// error of a record that describes a party goes on the party's timeline.
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
  ON CREATE SET s.firstSeen = datetime(), s.deleted = false
SET s.uid = $uid, s.raw = $raw, s.lastSeen = datetime(), s.syncStatus = 'error', s.errorReason = $reason,
    s.position = $position, s.pendingSince = null
MERGE (e:SyncError {tenant: $tenant, id: $id})
  ON CREATE SET e.source = $source, e.table = $table, e.key = $key, e.reason = $reason, e.rawRow = $raw,
                e.operation = $operation, e.status = 'open', e.at = datetime()
MERGE (e)-[:CONCERNS]->(s)
WITH e, s, e.at = datetime() AS created
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
FOREACH (ignored IN CASE WHEN created AND p IS NOT NULL THEN [1] ELSE [] END |
  CREATE (:TimelineEvent {tenant: $tenant, id: randomUUID(), partyId: p.id, type: 'sync-error', at: datetime(),
                          record: $uid, detail: $reason, by: $source}))
