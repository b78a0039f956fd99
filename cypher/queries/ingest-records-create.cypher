// Records seen for the first time, written in one go: $records holds {table, key, properties}.
UNWIND $records AS record
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
  ON CREATE SET s.firstSeen = datetime()
SET s += record.properties, s.lastSeen = datetime(), s.deleted = false
