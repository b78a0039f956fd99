// The key a request presents, by its public id: authentication comes before the tenant is known (the
// tenant is the key's), so this lookup is not scoped by tenant. Returns its hash to verify.
MATCH (k:ApiKey {id: $id})
RETURN k.id AS id, k.tenant AS tenant, k.role AS role, k.name AS name, k.hash AS hash,
       k.revokedAt IS NOT NULL AS revoked
