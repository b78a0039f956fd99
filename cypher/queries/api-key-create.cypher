// A new key of the tenant; only its hash is kept. An id taken already (the same configured key given
// again) keeps the key as it is, but for its role: the configured key has the role configuration gives it.
MERGE (k:ApiKey {id: $id})
  ON CREATE SET k.tenant = $tenant, k.role = $role, k.name = $name, k.hash = $hash, k.createdAt = datetime(),
                k.createdBy = $by
  ON MATCH SET k.role = CASE WHEN $by = 'configuration' AND k.createdBy = 'configuration' THEN $role ELSE k.role END
WITH k
WHERE k.tenant = $tenant
RETURN k {.id, .tenant, .role, .name, .createdAt, .createdBy, .revokedAt, .revokedBy, .lastUsedAt} AS key
