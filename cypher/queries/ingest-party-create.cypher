CREATE (p:Party {tenant: $tenant, id: $id})
SET p:$($kindLabel), p.status = 'active', p.version = 0, p.createdAt = datetime(), p.syncStatus = 'synced'
