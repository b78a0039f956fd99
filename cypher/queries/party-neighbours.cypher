// One hop of a party's neighbourhood: the party-to-party edges of the parties $ids of the types
// $relationshipTypes (current ones only when $currentOnly), to parties of the $labels and $roles asked for
// (null: any), each with the id of the party at its other end; at most $limit edges. The parties kept are
// read afterwards (party-nodes): a hub's hop may bring 2,000 edges for 200 parties drawn.
UNWIND $ids AS id
MATCH (a:Party {tenant: $tenant, id: id})
USING INDEX a:Party(tenant, id)
MATCH (a)-[r]-(b:Party {tenant: $tenant})
WHERE type(r) IN $relationshipTypes AND (NOT $currentOnly OR coalesce(r.isCurrent, true))
  AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
  AND ($roles IS NULL OR EXISTS { MATCH (b)-[:HAS_ROLE]->(x:Role) WHERE x.code IN $roles })
WITH DISTINCT r, a, b
LIMIT $limit
RETURN elementId(r) AS edgeId, startNode(r).id AS fromId, endNode(r).id AS toId, type(r) AS type,
       r {.title, .department, .startDate, .endDate, .isCurrent, .importance, .trustLevel, .isPrimary} AS properties,
       b.id AS otherId
