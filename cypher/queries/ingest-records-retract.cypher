// Withdraws what records asserted ($records holds {uid, parties, roles, edges}): an activity's link to a party,
// the roles a record gave (found by the record; kept when roles is false: the record gives them again as they
// are), and its assertion on edges between the parties it asserted something about (kept when edges is false: the
// record asserts the same edges again, which replaces its assertion on each), found pair by pair so that a
// party with 100,000 edges is not walked; an edge goes when no record asserts it any more. Returns the edges
// left with their remaining assertions, to be summarized again (an edge two records retract from is returned
// twice, the later row holding).
UNWIND $records AS record
CALL (record) {
  OPTIONAL MATCH (:Activity {tenant: $tenant, id: record.uid})-[link:OF]->(:Party)
  DELETE link
}
CALL (record) {
  WITH record WHERE coalesce(record.roles, true)
  MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE {record: record.uid}]->(:Role)
  DELETE h
}
CALL (record) {
  WITH record WHERE coalesce(record.edges, true)
  UNWIND record.parties AS fromId
  UNWIND record.parties AS toId
  WITH DISTINCT fromId, toId
  WHERE fromId <> toId
  MATCH (a:Party {tenant: $tenant, id: fromId})
  USING INDEX a:Party(tenant, id)
  MATCH (b:Party {tenant: $tenant, id: toId})
  USING INDEX b:Party(tenant, id)
  MATCH (a)-[r]->(b)
  WHERE record.uid IN coalesce(r.sources, [])
  WITH DISTINCT r
  WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> record.uid] AS keep
  SET r.assertions = [i IN keep | coalesce(r.assertions[i], '{}')], r.sources = [i IN keep | r.sources[i]]
  FOREACH (ignored IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
  WITH r, keep
  WHERE size(keep) > 0
  RETURN elementId(r) AS edge, r.assertions AS assertions
}
RETURN edge, assertions
