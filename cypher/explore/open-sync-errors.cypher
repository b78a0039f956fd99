// Rows that could not be applied, with their reason and the record they concern.
MATCH (e:SyncError {tenant: $tenant, status: 'open'})-[:CONCERNS]->(s:SourceRecord)
RETURN e.source AS source, e.table AS table, e.key AS key, e.reason AS reason, e.at AS at, s.raw AS rawRow
ORDER BY at DESC
LIMIT 100
