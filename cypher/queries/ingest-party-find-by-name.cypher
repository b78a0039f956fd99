// The active organizations with each normalized name of $names, with their creation time: the oldest
// one is the organization a free-text name links to.
UNWIND $names AS name
MATCH (p:Party:Organization {tenant: $tenant, normalizedName: name, status: 'active'})
USING INDEX p:Party(tenant, normalizedName)
RETURN name AS key, 'Organization' AS kindLabel, p.id AS id,
       p.createdAt.epochSeconds AS seconds, p.createdAt.nanosecond AS nanos
