// Active parties of the tenant holding an identifier ($query: a Lucene term on whole "type:value"
// strings, any type when none is given); only those of kind $kindLabel, with role $role, a record from
// $source, an address in $city and in lifecycle stage $lifecycle, each when given.
CALL db.index.fulltext.queryNodes('party_identifiers', $query) YIELD node
WHERE node.tenant = $tenant AND node.status = 'active'
  AND ($kindLabel IS NULL OR $kindLabel IN labels(node))
  AND ($role IS NULL OR EXISTS { MATCH (node)-[:HAS_ROLE]->(:Role {code: $role}) })
  AND ($source IS NULL OR EXISTS { MATCH (:SourceRecord {source: $source})-[:IDENTIFIES]->(node) })
  AND ($city IS NULL OR any(address IN coalesce(node.addresses, []) WHERE toLower(address) CONTAINS $city))
  AND ($lifecycle IS NULL OR CASE $lifecycle
    WHEN 'active' THEN EXISTS { MATCH (a:Activity)-[:OF]->(node) WHERE a.at >= $activeSince }
    WHEN 'dormant' THEN NOT EXISTS { MATCH (a:Activity)-[:OF]->(node) WHERE a.at >= $activeSince }
      AND EXISTS { MATCH (a:Activity)-[:OF]->(node) WHERE a.at >= $dormantSince }
    ELSE NOT EXISTS { MATCH (a:Activity)-[:OF]->(node) WHERE a.at >= $dormantSince } END)
RETURN node.id AS id, 1.0 AS score
ORDER BY node.displayName, id
SKIP $skip LIMIT $limit
