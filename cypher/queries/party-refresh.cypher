// Derives parties' attributes and contact points from the live source records that identify them:
// rows about the party itself (newest first: last seen, then later in the log) before the newest
// mention in another row's free text.
// Takes the parties' ids in $ids; returns those still supported by a live record.
UNWIND $ids AS id
MATCH (p:Party {tenant: $tenant, id: id})
USING INDEX p:Party(tenant, id)
CALL (p) {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WHERE NOT coalesce(s.deleted, false) AND s.derivedFrom IS NULL
  WITH s ORDER BY s.lastSeen DESC, s.lsn DESC, s.uid
  RETURN collect(s) AS own
}
// Mentions in other rows' free text only name the party; the newest one stands for them all.
CALL (p) {
  MATCH (s:SourceRecord)-[:IDENTIFIES]->(p)
  WHERE NOT coalesce(s.deleted, false) AND s.derivedFrom IS NOT NULL
  WITH s ORDER BY s.lastSeen DESC, s.lsn DESC, s.uid LIMIT 1
  RETURN collect(s) AS mentions
}
WITH p, own + mentions AS records WHERE size(records) > 0
WITH p, records,
     reduce(acc = [], s IN records | acc + [v IN coalesce(s.emails, []) WHERE NOT v IN acc]) AS emails,
     reduce(acc = [], s IN records | acc + [v IN coalesce(s.phones, []) WHERE NOT v IN acc]) AS phones,
     reduce(acc = [], s IN records | acc + [v IN coalesce(s.domains, []) WHERE NOT v IN acc]) AS domains,
     reduce(acc = [], s IN records | acc + [v IN coalesce(s.addresses, []) WHERE NOT v IN acc]) AS addresses
SET p.displayName = head([s IN records WHERE s.displayName IS NOT NULL | s.displayName]),
    p.normalizedName = head([s IN records WHERE s.normalizedName IS NOT NULL | s.normalizedName]),
    p.givenName = head([s IN records WHERE s.givenName IS NOT NULL | s.givenName]),
    p.familyName = head([s IN records WHERE s.familyName IS NOT NULL | s.familyName]),
    p.legalName = head([s IN records WHERE s.legalName IS NOT NULL | s.legalName]),
    p.dbaName = head([s IN records WHERE s.dbaName IS NOT NULL | s.dbaName]),
    p.birthDate = head([s IN records WHERE s.birthDate IS NOT NULL | s.birthDate]),
    p.industry = head([s IN records WHERE s.industry IS NOT NULL | s.industry]),
    p.businessType = head([s IN records WHERE s.businessType IS NOT NULL | s.businessType]),
    p.foundedYear = head([s IN records WHERE s.foundedYear IS NOT NULL | s.foundedYear]),
    p.employeeCount = head([s IN records WHERE s.employeeCount IS NOT NULL | s.employeeCount]),
    p.revenueRange = head([s IN records WHERE s.revenueRange IS NOT NULL | s.revenueRange]),
    p.addresses = CASE WHEN size(addresses) = 0 THEN null ELSE addresses END,
    p.sourceSystems = reduce(acc = [], s IN records | CASE WHEN s.source IN acc THEN acc ELSE acc + s.source END),
    p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.updatedBy = $actor,
    p.syncStatus = 'synced'
WITH p, emails, phones, domains
CALL (p, emails) {
  MATCH (p)-[h:HAS_EMAIL]->(e:Email)
  WHERE NOT e.value IN emails
  DELETE h
}
CALL (p, phones) {
  MATCH (p)-[h:HAS_PHONE]->(n:Phone)
  WHERE NOT n.value IN phones
  DELETE h
}
CALL (p, domains) {
  MATCH (p)-[h:HAS_DOMAIN]->(d:Domain)
  WHERE NOT d.value IN domains
  DELETE h
}
FOREACH (v IN emails | MERGE (e:Email {tenant: $tenant, value: v}) MERGE (p)-[:HAS_EMAIL]->(e))
FOREACH (v IN phones | MERGE (n:Phone {tenant: $tenant, value: v}) MERGE (p)-[:HAS_PHONE]->(n))
FOREACH (v IN domains | MERGE (d:Domain {tenant: $tenant, value: v}) MERGE (p)-[:HAS_DOMAIN]->(d))
RETURN p.id AS id
