// Removes the parties of $ids that no live source record supports any more (their rows were all deleted),
// and the contact points only they held.
// Rows that still assert something about such a party (an invoice of a deleted customer, a role, an
// edge) lose what they pointed at: their records go back to pending, so that the next sweep applies
// them again and they wait, with the rows they need named, until those rows come back.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
WHERE NOT EXISTS {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WHERE NOT coalesce(s.deleted, false)
}
WITH p, COLLECT { MATCH (a:Activity)-[:OF]->(p) RETURN a.id }
        + COLLECT { MATCH (p)-[h:HAS_ROLE]->(:Role) RETURN h.record }
        + reduce(acc = [], sources IN COLLECT { MATCH (p)-[r]-(:Party) RETURN r.sources } | acc + coalesce(sources, []))
        AS uids,
        COLLECT { MATCH (p)-[:HAS_EMAIL|HAS_PHONE|HAS_DOMAIN]->(c) RETURN c } AS contacts
CALL (uids) {
  UNWIND uids AS uid
  WITH DISTINCT uid, split(uid, '/') AS parts
  MATCH (s:SourceRecord {tenant: $tenant, source: parts[0], table: parts[1],
                         key: substring(uid, size(parts[0]) + size(parts[1]) + 2)})
  WHERE NOT coalesce(s.deleted, false) AND s.syncStatus = 'synced'
  SET s.syncStatus = 'pending', s.pendingSince = datetime(), s.pendingOn = null
}
DETACH DELETE p
WITH contacts
CALL (contacts) {
  UNWIND contacts AS c
  WITH c WHERE NOT EXISTS { (c)--() }
  DELETE c
}
RETURN count(*) AS pruned
