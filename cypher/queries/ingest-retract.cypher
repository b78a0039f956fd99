// Withdraws what one record asserted: its claim on party-to-party edges (an edge goes when no record
// asserts it any more), the roles it gave, and its activity's link to a party.
OPTIONAL MATCH (:Activity {tenant: $tenant, id: $uid})-[link:OF]->(:Party)
DELETE link
WITH count(*) AS ignored
UNWIND $parties AS partyId
MATCH (p:Party {tenant: $tenant, id: partyId})
USING INDEX p:Party(tenant, id)
CALL (p) {
  MATCH (p)-[r]-(:Party {tenant: $tenant})
  WHERE $uid IN coalesce(r.sources, [])
  WITH DISTINCT r
  SET r.sources = [x IN r.sources WHERE x <> $uid]
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (p) {
  MATCH (p)-[h:HAS_ROLE {record: $uid}]->(:Role)
  DELETE h
}
RETURN count(p) AS parties
