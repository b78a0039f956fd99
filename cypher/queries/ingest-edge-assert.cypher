// Typed edges between two parties, each asserted by one more record: $edges holds {fromId, toId, type,
// assertion (what the record says of the edge, as JSON), uid}; every type is from the RelationshipType
// allow-list. A pair of parties has one edge per type; every record's assertion is kept on it
// (`assertions`, in the order of `sources`), and the edge's own properties are summarized from them
// afterwards (ingest-edge-summarize). Returns each edge with its assertions.
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant, id: edge.fromId})
USING INDEX a:Party(tenant, id)
MATCH (b:Party {tenant: $tenant, id: edge.toId})
USING INDEX b:Party(tenant, id)
MERGE (a)-[r:$(edge.type)]->(b)
// Computed inside SET, where each row sees what the rows before it wrote (two rows of a batch may assert
// one edge); the assertions first, from the sources as they were.
SET r.assertions = [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> edge.uid
                    | coalesce(r.assertions[i], '{}')] + edge.assertion,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> edge.uid] + edge.uid
RETURN elementId(r) AS edge, r.assertions AS assertions
