// One party with its contact points, roles, source records and party-to-party relationships.
MATCH (p:Party {tenant: $tenant, id: $id})
RETURN p {
         .*,
         kindLabel: [label IN labels(p) WHERE label IN ['Person', 'Organization']][0],
         emails: COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value },
         phones: COLLECT { MATCH (p)-[:HAS_PHONE]->(n:Phone) RETURN n.value ORDER BY n.value },
         domains: COLLECT { MATCH (p)-[:HAS_DOMAIN]->(d:Domain) RETURN d.value ORDER BY d.value }
       } AS party,
       COLLECT {
         MATCH (p)-[h:HAS_ROLE]->(r:Role)
         RETURN h {.since, .until, .source, .context, code: r.code, label: r.label} AS role
         ORDER BY role.code, role.since
       } AS roles,
       COLLECT {
         MATCH (s:SourceRecord)-[i:IDENTIFIES]->(p)
         RETURN s {.source, .table, .key, .deleted, .firstSeen, .lastSeen, method: CASE WHEN i.mergedFrom IS NULL THEN i.method ELSE 'merge' END, score: i.score} AS record
         ORDER BY record.source, record.table, record.key
       } AS sourceRecords,
       COLLECT {
         MATCH (p)-[rel]-(other:Party {tenant: $tenant})
         WHERE type(rel) IN $relationshipTypes
         RETURN rel {.*, type: type(rel), fromId: startNode(rel).id, toId: endNode(rel).id, otherName: other.displayName} AS edge
         ORDER BY edge.type, edge.otherName
       } AS relationships
