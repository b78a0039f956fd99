// A party and everything within two hops: roles, contact points, source records, related parties.
MATCH path = (p:Party {tenant: $tenant, id: $id})-[*1..2]-(other)
WHERE other.tenant = $tenant
RETURN path
LIMIT 300
