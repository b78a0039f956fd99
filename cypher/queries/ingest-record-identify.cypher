// Links a record to its party, replacing an earlier link of that record.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
MATCH (p:Party {tenant: $tenant, id: $partyId})
OPTIONAL MATCH (s)-[old:IDENTIFIES]->(other:Party)
WHERE other.id <> $partyId
DELETE old
MERGE (s)-[i:IDENTIFIES]->(p)
  ON CREATE SET i.method = $method, i.score = 1.0, i.at = datetime(), i.by = $source
RETURN collect(DISTINCT other.id) AS previous
