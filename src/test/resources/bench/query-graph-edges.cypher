// QueryBenchmark: typed party-to-party relationships as ingestion leaves them, with their assertions.
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant, id: edge.fromId})
USING INDEX a:Party(tenant, id)
MATCH (b:Party {tenant: $tenant, id: edge.toId})
USING INDEX b:Party(tenant, id)
CREATE (a)-[r:$(edge.type)]->(b)
SET r = edge.properties
