// The oldest active organization with this normalized name: how free-text organization names are linked.
MATCH (p:Party:Organization {tenant: $tenant, normalizedName: $name, status: 'active'})
RETURN p.id AS id
ORDER BY p.createdAt, p.id
LIMIT 1
