// Records the graph has never seen, written in one go: $records holds {table, key, properties, partyId};
// a record that describes a party is linked to it.
UNWIND $records AS record
CREATE (s:SourceRecord {tenant: $tenant, source: $source, table: record.table, key: record.key})
SET s += record.properties, s.firstSeen = datetime(), s.lastSeen = datetime(), s.deleted = false,
    s.pendingSince = CASE WHEN record.properties.syncStatus = 'pending' THEN datetime() END
WITH s, record
WHERE record.partyId IS NOT NULL
MATCH (p:Party {tenant: $tenant, id: record.partyId})
USING INDEX p:Party(tenant, id)
CREATE (s)-[:IDENTIFIES {method: coalesce(record.method, 'rule'), score: coalesce(record.score, 1.0), at: datetime(),
                         by: $source}]->(p)
