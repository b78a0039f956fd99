// The shortest paths (at most $limit, of at most $maxLength hops, never more than 4) between two parties
// of the tenant over party-to-party relationships, with each party and relationship along the way.
MATCH (a:Party {tenant: $tenant, id: $fromId})
USING INDEX a:Party(tenant, id)
MATCH (b:Party {tenant: $tenant, id: $toId})
USING INDEX b:Party(tenant, id)
MATCH path = allShortestPaths((a)-[:EMPLOYEE_OF|OWNER_OF|FOUNDER_OF|CO_FOUNDER_OF|INVESTOR_IN|ADVISOR_TO|BOARD_MEMBER_OF|CONSULTANT_TO|CUSTOMER_OF|CLIENT_OF|VENDOR_TO|PARTNER_OF|COMPETITOR_OF|RELATED_TO*..4]-(b))
WHERE all(n IN nodes(path) WHERE n.tenant = $tenant)
// Filtered after the search (all shortest paths have one length): inside it, a condition on the whole path
// makes the planner add an exhaustive search for when the shortest path fails it.
WITH path
WHERE length(path) <= $maxLength
LIMIT $limit
RETURN [n IN nodes(path) | n {.id, .displayName, kind: [label IN labels(n) WHERE label IN ['Person', 'Organization']][0]}] AS parties,
       [r IN relationships(path) | r {.title, .department, .startDate, .endDate, .isCurrent, .importance, .trustLevel,
                                      type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS relationships
