// A row that could not be mapped: kept with its raw row on its source record and in the error log.
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
  ON CREATE SET s.firstSeen = datetime(), s.deleted = false
SET s.uid = $uid, s.raw = $raw, s.lastSeen = datetime(), s.syncStatus = 'error', s.errorReason = $reason,
    s.position = $position, s.pendingSince = null
MERGE (e:SyncError {tenant: $tenant, id: $id})
  ON CREATE SET e.source = $source, e.table = $table, e.key = $key, e.reason = $reason, e.rawRow = $raw,
                e.operation = $operation, e.status = 'open', e.at = datetime()
MERGE (e)-[:CONCERNS]->(s)
