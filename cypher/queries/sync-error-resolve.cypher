// Marks one of a tenant's sync errors resolved (when $source is given, only an error of that source).
MATCH (e:SyncError {tenant: $tenant, id: $id})
WHERE $source IS NULL OR e.source = $source
SET e.status = 'resolved', e.resolvedAt = datetime(), e.resolvedBy = $by, e.resolution = $note
RETURN e {.*} AS error
