// Summary rows for search hits, in the order of $ids. A party found by the search and deleted or absorbed since
// (another transaction committed in between) is left out: it has no kind left to tell.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
WITH p, [label IN labels(p) WHERE label IN ['Person', 'Organization']][0] AS kindLabel
WHERE kindLabel IS NOT NULL
RETURN p.id AS id,
       kindLabel,
       p.displayName AS displayName,
       COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value } AS emails,
       COLLECT { MATCH (p)-[:HAS_PHONE]->(n:Phone) RETURN n.value ORDER BY n.value } AS phones,
       COLLECT { MATCH (p)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code ORDER BY r.code } AS roles,
       coalesce(p.sourceSystems, []) AS sources
