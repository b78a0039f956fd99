MATCH (e:SyncError {tenant: $tenant, id: $id})
SET e.status = 'resolved', e.resolvedAt = datetime(), e.resolvedBy = $by, e.resolution = $note
RETURN e {.*} AS error
