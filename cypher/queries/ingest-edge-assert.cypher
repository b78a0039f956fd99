// Typed edges between two parties, each asserted by one more record: $edges holds {fromId, toId, type,
// properties, uid}; every type is from the RelationshipType allow-list.
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant, id: edge.fromId})
USING INDEX a:Party(tenant, id)
MATCH (b:Party {tenant: $tenant, id: edge.toId})
USING INDEX b:Party(tenant, id)
MERGE (a)-[r:$(edge.type)]->(b)
SET r += edge.properties,
    r.sources = CASE WHEN edge.uid IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + edge.uid END
