// Active parties of the tenant whose names match a Lucene query, best first.
CALL db.index.fulltext.queryNodes('party_names', $query) YIELD node, score
WHERE node.tenant = $tenant AND node.status = 'active'
  AND ($kindLabel IS NULL OR $kindLabel IN labels(node))
RETURN node.id AS id, score
ORDER BY score DESC, id
SKIP $skip LIMIT $limit
