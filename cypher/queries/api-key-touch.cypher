// Notes when one of the tenant's keys was last used (at most about once a minute per key).
MATCH (k:ApiKey {tenant: $tenant, id: $id})
SET k.lastUsedAt = datetime()
