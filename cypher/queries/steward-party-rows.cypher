// The rows a steward's change to the parties $ids may have to apply again: those of the records that
// identify them (a record read from a column of a row stands for that row) and those of the records that
// assert something about them (an edge, a role, an activity). Distinct uids of rows.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
WITH COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) WHERE NOT coalesce(s.deleted, false)
               RETURN coalesce(s.derivedFrom, s.uid) }
     + COLLECT { MATCH (a:Activity)-[:OF]->(p) RETURN a.id }
     + COLLECT { MATCH (p)-[h:HAS_ROLE]->(:Role) WHERE h.record IS NOT NULL RETURN h.record }
     + reduce(acc = [], sources IN COLLECT { MATCH (p)-[e]-(:Party) RETURN e.sources } | acc + coalesce(sources, []))
     AS uids
UNWIND uids AS uid
RETURN DISTINCT uid
