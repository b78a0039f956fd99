// Erases a party's personal data on request ($id, an active or erased party): its attributes and profile,
// its contact points (and the contact nodes no one else holds), the raw rows and fields of the records
// that identify it and of its activities' rows, the values in its match suggestions (deleted) and merge
// evidence, and the attributes of parties merged into it. Kept: the party's id and kind, its roles,
// relationships and activities (amounts, dates), and each record's keys, so that reconciliation still
// matches the source. Returns what was removed.
MATCH (p:Party {tenant: $tenant, id: $id})
USING INDEX p:Party(tenant, id)
CALL (p) {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WITH s, s.uid AS uid
  SET s = s {.tenant, .source, .table, .key, .uid, .deleted, .deletedAt, .firstSeen, .lastSeen, .position,
             .operation, .lsn, .syncStatus, .partyKind, .derivedFrom, .asserts, .derived, .mapping, .pendingOn,
             .pendingSince, erasedAt: datetime()}
  RETURN collect(uid) AS records
}
CALL (p) {
  MATCH (a:Activity)-[:OF]->(p)
  WITH DISTINCT a.id AS uid, split(a.id, '/') AS parts
  MATCH (s:SourceRecord {tenant: $tenant, source: parts[0], table: parts[1],
                         key: substring(uid, size(parts[0]) + size(parts[1]) + 2)})
  WHERE s.raw IS NOT NULL
  SET s.raw = null, s.erasedAt = datetime()
  RETURN count(s) AS activityRows
}
CALL (p) {
  MATCH (m:MatchSuggestion)-[:FOR|CANDIDATE]->(p)
  WITH DISTINCT m
  DETACH DELETE m
  RETURN count(*) AS suggestions
}
CALL (p) {
  MATCH (m:Merge)-[:SURVIVOR|ABSORBED]->(p)
  WITH DISTINCT m
  SET m.evidence = null
  RETURN count(*) AS merges
}
CALL (p) {
  MATCH (earlier:Party {tenant: $tenant, mergedInto: p.id})
  SET earlier = earlier {.tenant, .id, .status, .mergedInto, .createdAt, .updatedAt, .version, erasedAt: datetime()}
  RETURN count(earlier) AS mergedParties
}
CALL (p) {
  MATCH (p)-[h:HAS_EMAIL|HAS_PHONE|HAS_DOMAIN]->(c)
  DELETE h
  WITH c WHERE NOT EXISTS { (c)--() }
  DELETE c
  RETURN count(*) AS contactNodes
}
WITH p, records, activityRows, suggestions, merges, mergedParties, contactNodes,
     [key IN keys(p) WHERE NOT key IN ['tenant', 'id', 'status', 'mergedInto', 'createdAt', 'updatedAt', 'updatedBy',
                                       'version', 'syncStatus', 'erasedAt']] AS attributes
SET p = p {.tenant, .id, .mergedInto, .createdAt, .syncStatus, status: 'erased', erasedAt: datetime(),
           version: coalesce(p.version, 0) + 1, updatedAt: datetime(), updatedBy: $actor}
RETURN records, activityRows, suggestions, merges, mergedParties, contactNodes, attributes
