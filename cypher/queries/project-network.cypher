// The network of a project (a role context such as demo/projects/1): the parties with roles in it, with
// those roles, and the people affiliated with each (employees, owners, board members, advisors, ...).
MATCH (c:Party)-[h:HAS_ROLE]->(r:Role {tenant: $tenant})
WHERE h.context = $project AND c.tenant = $tenant
WITH c, collect(DISTINCT r.code) AS roles
ORDER BY c.displayName
LIMIT $limit
RETURN c {.id, .displayName, kind: [label IN labels(c) WHERE label IN ['Person', 'Organization']][0]} AS party,
       roles,
       COLLECT {
         MATCH (person:Party:Person {tenant: $tenant})-[e]->(c)
         WHERE type(e) IN $affiliations
         RETURN person {.id, .displayName, relationship: type(e), title: e.title, isCurrent: e.isCurrent} AS affiliated
         ORDER BY affiliated.displayName
         LIMIT 100
       } AS people
