// The tenants with deleted source records older than $cutoff whose raw row is still kept: tenant ids
// only, for the retention sweep, which then erases tenant by tenant (erasure-deleted-records); so this
// statement is not scoped by tenant.
MATCH (s:SourceRecord)
WHERE s.deletedAt < $cutoff AND s.tenant IS NOT NULL
RETURN DISTINCT s.tenant AS tenant
