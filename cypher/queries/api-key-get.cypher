// One of the tenant's keys, without its hash; an operator key only for an operator.
MATCH (k:ApiKey {tenant: $tenant, id: $id})
WHERE $operator OR k.role <> 'operator'
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
