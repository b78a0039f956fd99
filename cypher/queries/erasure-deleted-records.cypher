// Erases the personal data of up to $limit records of the tenant deleted before $cutoff: the raw row and
// every field read from it go; what reconciliation and audit need stays (keys, uid, when first and last
// seen, the delete's log position, the record it was derived from, the party it identified).
MATCH (s:SourceRecord {tenant: $tenant})
WHERE s.deletedAt < $cutoff
WITH s LIMIT $limit
SET s = s {.tenant, .source, .table, .key, .uid, .deleted, .firstSeen, .lastSeen, .position, .operation, .lsn,
           .partyKind, .derivedFrom, .derived, .mapping, erasedAt: datetime()}
RETURN count(s) AS erased
