// The stored survivorship profiles of the parties of $ids (null for a party made before profiles were kept).
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
RETURN p.id AS id, p.profile AS profile, p.status AS status
