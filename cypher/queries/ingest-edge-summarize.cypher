// Sets edges' own properties from their assertions ($edges holds {id (element id), properties}): the
// primary assertion, else a current one, else the one that started last; a steward's end of the edge
// (`stewardEnd`) stays over what the assertions say. A property the last summary set that no assertion gives
// now (said only by an assertion withdrawn since) is removed: `summarized` keeps the keys each summary set (an edge
// summarized before it was kept, or entered by a steward, is taken to hold the properties every assertion may give).
UNWIND $edges AS edge
MATCH (a:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
WHERE elementId(r) = edge.id
WITH r, edge, [key IN coalesce(r.summarized, ['title', 'department', 'startDate', 'endDate', 'isPrimary', 'isCurrent'])
               WHERE NOT key IN keys(edge.properties)] AS gone
FOREACH (key IN gone | SET r[key] = null)
SET r += edge.properties, r.summarized = keys(edge.properties)
SET r.endDate = coalesce(r.stewardEnd, r.endDate),
    r.isCurrent = CASE WHEN r.stewardEnd IS NULL THEN r.isCurrent ELSE false END
