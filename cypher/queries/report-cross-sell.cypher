// Active parties of the tenant that take role $has and not role $lacks (a cross-sell list), by name.
MATCH (:Role {tenant: $tenant, code: $has})<-[:HAS_ROLE]-(p:Party)
WHERE p.status = 'active' AND NOT EXISTS { MATCH (p)-[:HAS_ROLE]->(:Role {code: $lacks}) }
WITH DISTINCT p
ORDER BY p.displayName, p.id
SKIP $skip
LIMIT $limit
RETURN p {.id, .displayName, kind: [label IN labels(p) WHERE label IN ['Person', 'Organization']][0],
          roles: COLLECT { MATCH (p)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code ORDER BY r.code },
          emails: COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value }} AS party
