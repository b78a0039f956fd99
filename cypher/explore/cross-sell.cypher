// Active parties with one role and without another, as GET /reports/cross-sell lists them
// (:param has => 'website_customer', :param lacks => 'auction_buyer').
MATCH (:Role {tenant: $tenant, code: $has})<-[:HAS_ROLE]-(p:Party)
WHERE p.status = 'active' AND NOT EXISTS { MATCH (p)-[:HAS_ROLE]->(:Role {code: $lacks}) }
RETURN DISTINCT p.displayName AS party, p.id AS id
ORDER BY party
