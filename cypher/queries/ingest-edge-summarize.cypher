// Sets edges' own properties from their assertions ($edges holds {id (element id), properties}): the
// primary assertion, else a current one, else the one that started last.
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
WHERE elementId(r) = edge.id
SET r += edge.properties
