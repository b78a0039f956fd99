// Which source rows assert a party, and how each was linked.
MATCH (s:SourceRecord {tenant: $tenant})-[i:IDENTIFIES]->(p:Party {tenant: $tenant, id: $id})
RETURN s.source AS source, s.table AS table, s.key AS key, i.method AS method, i.score AS score,
       s.deleted AS deleted, s.lastSeen AS lastSeen
ORDER BY source, table, key
