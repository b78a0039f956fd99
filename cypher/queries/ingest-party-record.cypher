// A source record that describes a party (the row's own, or derived from one of its columns);
// returns the party it identifies so far, if any.
MERGE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
  ON CREATE SET s.firstSeen = datetime()
SET s += $properties, s.lastSeen = datetime(), s.deleted = false
WITH s
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN p.id AS partyId, p.normalizedName AS partyName
