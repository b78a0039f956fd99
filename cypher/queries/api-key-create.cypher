// A new key of the tenant; only its hash is kept. An id taken already (the same configured key given
// again) keeps the key as it is.
MERGE (k:ApiKey {id: $id})
  ON CREATE SET k.tenant = $tenant, k.role = $role, k.name = $name, k.hash = $hash, k.createdAt = datetime(),
                k.createdBy = $by
WITH k
WHERE k.tenant = $tenant
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
