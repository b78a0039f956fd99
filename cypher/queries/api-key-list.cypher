// The tenant's keys, without their hashes, oldest first.
MATCH (k:ApiKey {tenant: $tenant})
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
ORDER BY k.createdAt, k.id
