// Removes the parties of $ids that no live source record supports any more (their rows were all deleted).
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
WHERE NOT EXISTS {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WHERE NOT coalesce(s.deleted, false)
}
DETACH DELETE p
RETURN count(*) AS pruned
