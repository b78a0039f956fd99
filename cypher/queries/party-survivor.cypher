// The party an id stands for: itself, or the party it was merged into (an erased party is still found).
MATCH (p:Party {tenant: $tenant, id: $id})
USING INDEX p:Party(tenant, id)
OPTIONAL MATCH (s:Party {tenant: $tenant, id: p.mergedInto})
RETURN coalesce(s.id, p.id) AS id
