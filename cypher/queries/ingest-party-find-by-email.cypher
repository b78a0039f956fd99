// The oldest active party of the kind that has one of the emails: the seed rule for finding a row's party.
UNWIND $emails AS email
MATCH (:Email {tenant: $tenant, value: email})<-[:HAS_EMAIL]-(p:Party {tenant: $tenant, status: 'active'})
WHERE $kindLabel IN labels(p)
RETURN p.id AS id
ORDER BY p.createdAt, p.id
LIMIT 1
