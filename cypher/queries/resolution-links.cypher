// Every live source record of the tenant with the party it identifies and how it was linked, for export.
// Streamed: the caller reads rows as they come and never holds the tenant in memory.
MATCH (s:SourceRecord {tenant: $tenant})-[i:IDENTIFIES]->(p:Party {tenant: $tenant})
WHERE NOT coalesce(s.deleted, false)
RETURN s.source AS source, s.table AS table, s.key AS key, p.id AS partyId, CASE WHEN i.mergedFrom IS NULL THEN i.method ELSE 'merge' END AS method, i.score AS score
