// Parties merged into others ($ids): their records and what they said moved to the survivors' profiles;
// theirs is empty ($profile), so that absorbing one again adds nothing.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
SET p.profile = $profile
