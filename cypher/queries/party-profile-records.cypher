// Every live record of the parties of $ids, for building a profile from scratch: a party made before
// profiles were kept, or one whose profile drifted from its records.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
WHERE NOT coalesce(s.deleted, false)
RETURN p.id AS id, s {.*, raw: null} AS record
