// Removes a party that no live source record supports any more (its rows were all deleted).
MATCH (p:Party {tenant: $tenant, id: $id})
WHERE NOT EXISTS {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WHERE NOT coalesce(s.deleted, false)
}
DETACH DELETE p
RETURN count(*) AS pruned
