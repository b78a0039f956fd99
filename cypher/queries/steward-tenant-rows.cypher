// The rows of every live party record of the tenant read from a source (a steward's own entries left out), for
// a re-resolution: distinct uids of rows (a record read from a column of a row stands for that row).
MATCH (s:SourceRecord {tenant: $tenant})
WHERE s.partyKind IS NOT NULL AND NOT coalesce(s.deleted, false) AND s.source <> 'steward'
RETURN DISTINCT coalesce(s.derivedFrom, s.uid) AS uid
