// Which of the records in $refs ({table, key}) the graph holds already, live, deleted, erased or in error, with the
// log position of the change that wrote each (a streamed change at or below it was applied already, or overtaken);
// a record is current when it is live, synced or waiting for rows it refers to (the pending sweep applies it when
// they come), and was read under the mapping fingerprint $mapping (a record written before fingerprints existed has
// none, and is not); then its raw row tells whether the row changed since.
UNWIND $refs AS ref
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: ref.table, key: ref.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
WITH ref, s, NOT coalesce(s.deleted, false) AND s.syncStatus IN ['synced', 'pending'] AND coalesce(s.mapping = $mapping, false)
     AS current
RETURN ref.table AS table, ref.key AS key, s.position AS position, current, CASE WHEN current THEN s.raw END AS raw
