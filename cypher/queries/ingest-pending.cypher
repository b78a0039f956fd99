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
WITH s, CASE WHEN s.position STARTS WITH 'snapshot@' THEN [0, toInteger(substring(s.position, 9))]
            ELSE [toInteger(split(s.position, ':')[0]), toInteger(split(s.position, ':')[1])] END AS at
RETURN s.table AS table, s.key AS key, s.raw AS raw, s.position AS position, s.operation AS operation
// In the log order of the changes that brought them (a snapshot's reads first, as RowWriter reads positions), then
// by table and key: never by when they began to wait, a clock time that two records of one write share in one run
// and not in another, nor by the database's node ids, which a graph emptied and written again reuses.
ORDER BY at[0], at[1], table, key
LIMIT $limit
