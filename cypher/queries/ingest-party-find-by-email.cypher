// The active parties of a kind that have an email, for each entry of $lookups ({email, kindLabel}),
// with their creation time: the oldest one is a row's party (the seed rule). The parties are reached
// from the email node only (a subquery), whatever statistics the plan was made with.
UNWIND $lookups AS lookup
MATCH (e:Email {tenant: $tenant, value: lookup.email})
USING INDEX e:Email(tenant, value)
CALL (e, lookup) {
  MATCH (e)<-[:HAS_EMAIL]-(p:Party)
  WHERE p.tenant = $tenant AND p.status = 'active' AND lookup.kindLabel IN labels(p)
  RETURN p
}
RETURN lookup.email AS key, lookup.kindLabel AS kindLabel, p.id AS id,
       p.createdAt.epochSeconds AS seconds, p.createdAt.nanosecond AS nanos
