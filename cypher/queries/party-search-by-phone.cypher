// Active parties of the tenant that share one E.164 phone number.
MATCH (c:Phone {tenant: $tenant, value: $value})<-[:HAS_PHONE]-(node:Party {tenant: $tenant})
USING INDEX c:Phone(tenant, value)
WHERE node.status = 'active' AND ($kindLabel IS NULL OR $kindLabel IN labels(node))
RETURN node.id AS id, 1.0 AS score
ORDER BY node.displayName, id
SKIP $skip LIMIT $limit
