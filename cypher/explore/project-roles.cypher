// Companies by role in each project (roles scoped to a project record as their context, which holds
// the record's uid: source/table/key).
MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE]->(r:Role)
WHERE h.context IS NOT NULL
WITH p, h, r, split(h.context, '/') AS parts
MATCH (project:SourceRecord {tenant: $tenant, source: parts[0], table: parts[1],
                             key: substring(h.context, size(parts[0]) + size(parts[1]) + 2)})
RETURN h.context AS project, project.raw AS projectRow, r.code AS role, p.displayName AS party
ORDER BY project, role
