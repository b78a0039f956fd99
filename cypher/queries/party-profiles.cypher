// The stored survivorship profiles of the parties of $ids (null for a party of too few records to keep one, or made
// before profiles were kept), with their status and stamp: the party's version and the time of the write that gave
// it (party-derive and ingest-party-create return it too). $known holds, by party id, the stamp a caller kept a
// profile with (ProfileCache): a party that still has it gives no profile back, only `kept`.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
WITH p, toString(p.version) + '@' + toString(p.updatedAt) = $known[p.id] AS kept
RETURN p.id AS id, CASE WHEN kept THEN null ELSE p.profile END AS profile, p.status AS status,
       coalesce(kept, false) AS kept
