// The parties of $ids as a steward's decision needs them: status, the party merged into, kind, name, and
// when each came to be (resolution's order: smaller is older).
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
RETURN p.id AS id, p.status AS status, p.mergedInto AS mergedInto, p.displayName AS name,
       CASE WHEN p:Person THEN 'Person' WHEN p:Organization THEN 'Organization' END AS kind,
       p.createdAt.epochSeconds * 1000000000 + p.createdAt.nanosecond AS partyOrder
