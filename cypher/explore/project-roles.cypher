// Companies by role in each project (roles scoped to a project record as their context).
MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE]->(r:Role)
WHERE h.context IS NOT NULL
MATCH (project:SourceRecord {tenant: $tenant, uid: h.context})
RETURN h.context AS project, project.raw AS projectRow, r.code AS role, p.displayName AS party
ORDER BY project, role
