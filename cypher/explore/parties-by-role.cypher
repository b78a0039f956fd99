// How many parties hold each role, and in how many contexts (projects).
MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE]->(r:Role {tenant: $tenant})
RETURN r.code AS role, r.label AS label, count(DISTINCT p) AS parties, count(DISTINCT h.context) AS contexts
ORDER BY parties DESC
