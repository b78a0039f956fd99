// The tenant's keys, without their hashes, oldest first; the installation's operator keys only for an operator.
MATCH (k:ApiKey {tenant: $tenant})
WHERE $operator OR k.role <> 'operator'
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
ORDER BY k.createdAt, k.id
