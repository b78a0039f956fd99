// One typed edge between two parties of the tenant ($type from the RelationshipType allow-list, compared as text):
// its element id, the records asserting it and what each says, its start date and a steward's end, if any.
MATCH (a:Party {tenant: $tenant, id: $fromId})-[r]->(b:Party {tenant: $tenant, id: $toId})
USING INDEX a:Party(tenant, id)
WHERE type(r) = $type
RETURN elementId(r) AS edge, coalesce(r.sources, []) AS sources, coalesce(r.assertions, []) AS assertions,
       r.startDate AS startDate, r.stewardEnd AS stewardEnd
