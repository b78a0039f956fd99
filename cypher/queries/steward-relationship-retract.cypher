// Takes a steward's own assertion off an edge ($edge, its element id, between parties of the tenant): the edge
// goes when no row asserts it; else it is returned with the assertions left, to be summarized again.
MATCH (a:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
WHERE elementId(r) = $edge
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $stewardSource] AS keep
SET r.assertions = [i IN keep | coalesce(r.assertions[i], '{}')], r.sources = [i IN keep | r.sources[i]]
FOREACH (ignored IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
WITH r, keep
WHERE size(keep) > 0
RETURN elementId(r) AS edge, r.assertions AS assertions
