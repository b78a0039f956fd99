// Revokes one of the tenant's keys (once: a second revocation changes nothing); an operator key only by an
// operator.
MATCH (k:ApiKey {tenant: $tenant, id: $id})
WHERE $operator OR k.role <> 'operator'
SET k.revokedAt = coalesce(k.revokedAt, datetime()), k.revokedBy = coalesce(k.revokedBy, $by)
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
