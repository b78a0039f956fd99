// Parties that share an email, phone or web domain: likely the same real party, or closely related.
MATCH (a:Party {tenant: $tenant})-[:HAS_EMAIL|HAS_PHONE|HAS_DOMAIN]->(point)<-[:HAS_EMAIL|HAS_PHONE|HAS_DOMAIN]-(b:Party {tenant: $tenant})
WHERE a.id < b.id
RETURN a.displayName AS first, b.displayName AS second, labels(point)[0] AS sharedBy, point.value AS value
ORDER BY first, second
LIMIT 100
