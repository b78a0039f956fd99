// Parties a batch's resolution made: $parties holds {id, kindLabel}. Their attributes and contact points are
// derived from their records once these are linked (party-derive); until then their profile is empty.
UNWIND $parties AS row
CREATE (p:Party {tenant: $tenant, id: row.id})
SET p:$(row.kindLabel), p.status = 'active', p.version = 0, p.createdAt = datetime(), p.updatedAt = datetime(),
    p.syncStatus = 'synced', p.profile = $emptyProfile
