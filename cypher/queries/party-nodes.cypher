// Parties as a neighbourhood draws them: id, name, status, kind, role codes and the projects (role contexts)
// they have roles in.
UNWIND $ids AS id
MATCH (b:Party {tenant: $tenant, id: id})
USING INDEX b:Party(tenant, id)
RETURN b {.id, .displayName, .status, kind: [label IN labels(b) WHERE label IN ['Person', 'Organization']][0],
          roles: COLLECT { MATCH (b)-[:HAS_ROLE]->(role:Role) RETURN DISTINCT role.code },
          projects: COLLECT { MATCH (b)-[h:HAS_ROLE]->(:Role) WHERE h.context IS NOT NULL RETURN DISTINCT h.context }}
       AS node
