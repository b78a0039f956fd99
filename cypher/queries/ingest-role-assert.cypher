// A role given by one record; the tenant's (:Role) is made from the catalog template on first use.
MATCH (p:Party {tenant: $tenant, id: $partyId})
OPTIONAL MATCH (template:Role {tenant: $catalog, code: $code})
MERGE (r:Role {tenant: $tenant, code: $code})
  ON CREATE SET r.label = coalesce(template.label, $code), r.category = template.category
CREATE (p)-[:HAS_ROLE {record: $uid, source: $source, since: $since, until: $until, context: $context}]->(r)
