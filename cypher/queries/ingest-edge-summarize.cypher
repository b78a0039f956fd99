// Sets edges' own properties from their assertions ($edges holds {id (element id), properties}): the
// primary assertion, else a current one, else the one that started last; a steward's end of the edge
// (`stewardEnd`) stays over what the assertions say.
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
WHERE elementId(r) = edge.id
SET r += edge.properties
SET r.endDate = coalesce(r.stewardEnd, r.endDate),
    r.isCurrent = CASE WHEN r.stewardEnd IS NULL THEN r.isCurrent ELSE false END
