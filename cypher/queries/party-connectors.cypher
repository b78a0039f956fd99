// Who connects us to party $id: the parties within two hops of it over relationships of the types in
// $weights, each with its best path, ranked by how we know them: each relationship on the path counts by
// its type's weight, its importance and trust (1-10, 5 when unset) and whether it is current, divided by the
// path's length; a party we have a role with (a customer, a contact) and one with recent activity (within
// $activeWithin, then $dormantWithin) rank higher. At most $scan paths are looked at, $limit parties returned.
MATCH (x:Party {tenant: $tenant, id: $id})
USING INDEX x:Party(tenant, id)
MATCH path = (x)-[rels*1..2]-(c:Party {tenant: $tenant})
WHERE c <> x AND c.status = 'active' AND all(r IN rels WHERE type(r) IN keys($weights))
  AND all(n IN nodes(path) WHERE n:Party)
WITH c, path, rels
LIMIT $scan
WITH c, path, reduce(score = 0.0, r IN rels | score + $weights[type(r)]
       * (1 + coalesce(r.importance, 5) / 10.0) * (1 + coalesce(r.trustLevel, 5) / 10.0)
       * CASE WHEN coalesce(r.isCurrent, true) THEN 1.0 ELSE 0.5 END) / length(path) AS pathScore
ORDER BY pathScore DESC
WITH c, collect(path)[0] AS best, max(pathScore) AS pathScore
WITH c, best, pathScore,
     COLLECT { MATCH (c)-[:HAS_ROLE]->(role:Role) RETURN DISTINCT role.code } AS roles,
     COLLECT { MATCH (a:Activity)-[:OF]->(c) RETURN max(a.at) AS last }[0] AS lastActivity
WITH c, best, roles, lastActivity,
     pathScore * CASE WHEN size(roles) > 0 THEN 1.2 ELSE 1.0 END
       * CASE WHEN lastActivity >= datetime() - $activeWithin THEN 1.5
              WHEN lastActivity >= datetime() - $dormantWithin THEN 1.2 ELSE 1.0 END AS score
ORDER BY score DESC, c.displayName
LIMIT $limit
RETURN c {.id, .displayName, kind: [label IN labels(c) WHERE label IN ['Person', 'Organization']][0]} AS party,
       roles, toString(lastActivity) AS lastActivityAt, score,
       [n IN nodes(best) | n {.id, .displayName}] AS via,
       [r IN relationships(best) | r {.title, .isCurrent, .importance, .trustLevel, type: type(r),
                                      fromId: startNode(r).id, toId: endNode(r).id}] AS relationships
