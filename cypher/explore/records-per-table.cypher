// What each source table contributed: live records, records in error or waiting for other rows.
MATCH (s:SourceRecord {tenant: $tenant})
WHERE s.derivedFrom IS NULL
RETURN s.source AS source, s.table AS table,
       count(CASE WHEN NOT coalesce(s.deleted, false) THEN 1 END) AS live,
       count(CASE WHEN s.syncStatus = 'error' THEN 1 END) AS inError,
       count(CASE WHEN s.syncStatus = 'pending' THEN 1 END) AS pending,
       count(CASE WHEN s.deleted THEN 1 END) AS deleted
ORDER BY source, table
