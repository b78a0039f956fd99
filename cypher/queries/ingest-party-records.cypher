// Source records that describe parties (a row's own, or derived from one of its columns); $records holds
// {table, key, properties}. Returns for each the party it identifies so far, if any, and what it said
// before when it was live (to be withdrawn from that party's profile).
UNWIND $records AS record
OPTIONAL MATCH (old:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
WITH record, CASE WHEN old IS NULL OR coalesce(old.deleted, false) THEN null ELSE old {.*, raw: null} END AS before
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
  ON CREATE SET s.firstSeen = datetime()
SET s += record.properties, s.lastSeen = datetime(), s.deleted = false, s.deletedAt = null
WITH s, record, before
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN record.table AS table, record.key AS key, p.id AS partyId, before
