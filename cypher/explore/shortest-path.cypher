// How two parties are connected, as GET /paths answers: the shortest paths over party-to-party
// relationships, at most four hops (:param from => '…', :param to => '…').
MATCH (a:Party {tenant: $tenant, id: $from}), (b:Party {tenant: $tenant, id: $to})
MATCH path = allShortestPaths((a)-[:EMPLOYEE_OF|OWNER_OF|FOUNDER_OF|CO_FOUNDER_OF|INVESTOR_IN|ADVISOR_TO|BOARD_MEMBER_OF|CONSULTANT_TO|CUSTOMER_OF|CLIENT_OF|VENDOR_TO|PARTNER_OF|COMPETITOR_OF|RELATED_TO*..4]-(b))
RETURN path
LIMIT 3
