// Active parties of the tenant that share one normalized email address.
MATCH (c:Email {tenant: $tenant, value: $value})<-[:HAS_EMAIL]-(node:Party {tenant: $tenant})
USING INDEX c:Email(tenant, value)
WHERE node.status = 'active' AND ($kindLabel IS NULL OR $kindLabel IN labels(node))
RETURN node.id AS id, 1.0 AS score
ORDER BY node.displayName, id
SKIP $skip LIMIT $limit
