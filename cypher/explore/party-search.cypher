// Parties by name as GET /parties?name= finds them (:param name => 'jnae~1 AND deo~1'): the full-text
// index over names, in Lucene syntax (word~1 allows one typo, word* a prefix); by identifier
// (:param identifier => 'TAX_ID:DE123456789', the key without blanks, dashes, dots and slashes, in
// capitals) swap the index for 'party_identifiers'.
CALL db.index.fulltext.queryNodes('party_names', $name) YIELD node, score
WHERE node.tenant = $tenant AND node.status = 'active'
RETURN node.id AS id, node.displayName AS name, [l IN labels(node) WHERE l <> 'Party'][0] AS kind,
       COLLECT { MATCH (node)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code } AS roles, score
ORDER BY score DESC
LIMIT 20
