// Parties found for no existing party: one per entry of $parties ({id, kindLabel}).
UNWIND $parties AS row
CREATE (p:Party {tenant: $tenant, id: row.id})
SET p:$(row.kindLabel), p.status = 'active', p.version = 0, p.createdAt = datetime(), p.syncStatus = 'synced'
