// Summary rows for search hits, in the order of $ids.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
RETURN p.id AS id,
       [label IN labels(p) WHERE label IN ['Person', 'Organization']][0] AS kindLabel,
       p.displayName AS displayName,
       COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value } AS emails,
       COLLECT { MATCH (p)-[:HAS_PHONE]->(n:Phone) RETURN n.value ORDER BY n.value } AS phones,
       COLLECT { MATCH (p)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code ORDER BY r.code } AS roles,
       coalesce(p.sourceSystems, []) AS sources
