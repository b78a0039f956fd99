// Roles given by records: $roles holds {partyId, code, uid, since, until, context}; the tenant's (:Role)
// is made from the catalog template on first use.
UNWIND $roles AS role
MATCH (p:Party {tenant: $tenant, id: role.partyId})
USING INDEX p:Party(tenant, id)
OPTIONAL MATCH (template:Role {tenant: $catalog, code: role.code})
MERGE (r:Role {tenant: $tenant, code: role.code})
  ON CREATE SET r.label = coalesce(template.label, role.code), r.category = template.category
CREATE (p)-[:HAS_ROLE {record: role.uid, source: $source, since: role.since, until: role.until,
                       context: role.context}]->(r)
