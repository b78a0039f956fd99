// The tenant's steward decisions, newest first, optionally of one $type and touching one $party (null for
// any); paged by $skip and $limit.
MATCH (d:Decision {tenant: $tenant})
WHERE d.at IS NOT NULL AND ($type IS NULL OR d.type = $type) AND ($party IS NULL OR $party IN d.parties)
RETURN d {.id, .type, .by, .reason, .parties, .records, .suggestion, .evidence, .withdrawnBy, .withdrawReason,
          at: toString(d.at), withdrawnAt: toString(d.withdrawnAt)} AS decision
ORDER BY d.at DESC, d.id
SKIP $skip LIMIT $limit
