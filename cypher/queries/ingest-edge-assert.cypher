// A typed edge between two parties, asserted by one more record; $type is from the RelationshipType allow-list.
MATCH (a:Party {tenant: $tenant, id: $fromId})
MATCH (b:Party {tenant: $tenant, id: $toId})
MERGE (a)-[r:$($type)]->(b)
SET r += $properties,
    r.sources = CASE WHEN $uid IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $uid END
