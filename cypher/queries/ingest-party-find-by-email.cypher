// The active parties of a kind that have an email, for each entry of $lookups ({email, kindLabel}),
// with their creation time: the oldest one is a row's party (the seed rule).
UNWIND $lookups AS lookup
MATCH (e:Email {tenant: $tenant, value: lookup.email})<-[:HAS_EMAIL]-(p:Party {tenant: $tenant, status: 'active'})
USING INDEX e:Email(tenant, value)
WHERE lookup.kindLabel IN labels(p)
RETURN lookup.email AS key, lookup.kindLabel AS kindLabel, p.id AS id,
       p.createdAt.epochSeconds AS seconds, p.createdAt.nanosecond AS nanos
