MATCH (p:Party {tenant: $tenant, id: $id})
RETURN count(p) > 0 AS exists
