// Records of a source that waited for rows they refer to, and whose rows have all arrived now; each with
// the log position and operation of the change that brought it, which it keeps when applied.
MATCH (s:SourceRecord {tenant: $tenant, source: $source})
USING INDEX s:SourceRecord(tenant, source, pendingSince)
WHERE s.pendingSince IS NOT NULL AND s.syncStatus = 'pending' AND NOT coalesce(s.deleted, false)
  AND all(ref IN coalesce(s.pendingOn, []) WHERE EXISTS {
    MATCH (r:SourceRecord {tenant: $tenant, source: $source, table: split(ref, '/')[0],
                           key: substring(ref, size(split(ref, '/')[0]) + 1)})-[:IDENTIFIES]->(:Party)
    WHERE NOT coalesce(r.deleted, false)
  })
RETURN s.table AS table, s.key AS key, s.raw AS raw, s.position AS position, s.operation AS operation
// Oldest first; records that waited since the same write in an order of their own, not the database's node ids.
ORDER BY s.pendingSince, table, key
LIMIT $limit
