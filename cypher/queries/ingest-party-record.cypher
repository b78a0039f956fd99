// A source record that describes a party (the row's own, or derived from one of its columns); returns
// the party it identifies so far, if any, and what the record said before when it was live (to be
// withdrawn from that party's profile).
OPTIONAL MATCH (old:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
WITH CASE WHEN old IS NULL OR coalesce(old.deleted, false) THEN null ELSE old {.*, raw: null} END AS before
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
  ON CREATE SET s.firstSeen = datetime()
SET s += $properties, s.lastSeen = datetime(), s.deleted = false, s.deletedAt = null
WITH s, before
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN p.id AS partyId, p.normalizedName AS partyName, before
