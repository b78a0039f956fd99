// Parties a batch's resolution made, with what survivorship derives from the batch's records of them:
// $parties holds {id, kindLabel, profile, values, provenance, emails, phones, domains, addresses,
// identifiers, identifierKeys, otherNames, sourceSystems, order}, as party-derive takes them; order is when resolution made the
// party (epoch nanoseconds), kept as its creation time so that the index built again orders parties alike.
UNWIND $parties AS row
CREATE (p:Party {tenant: $tenant, id: row.id})
SET p:$(row.kindLabel), p += row.values,
    p.profile = row.profile, p.provenance = row.provenance,
    p.addresses = CASE WHEN size(row.addresses) = 0 THEN null ELSE row.addresses END,
    p.otherNames = CASE WHEN size(row.otherNames) = 0 THEN null ELSE row.otherNames END,
    p.identifiers = CASE WHEN size(row.identifiers) = 0 THEN null ELSE row.identifiers END,
    // Search keys: identifiers as resolution compares them (IdentifierKeys, V0012).
    p.identifierKeys = row.identifierKeys,
    p.sourceSystems = row.sourceSystems,
    p.status = 'active', p.version = 1, p.createdAt = CASE WHEN row.order IS NULL THEN datetime()
      ELSE datetime({epochSeconds: row.order / 1000000000, nanosecond: row.order % 1000000000}) END, p.updatedAt = datetime(), p.updatedBy = $source,
    p.syncStatus = 'synced'
FOREACH (v IN row.emails | MERGE (e:Email {tenant: $tenant, value: v}) CREATE (p)-[:HAS_EMAIL]->(e))
FOREACH (v IN row.phones | MERGE (n:Phone {tenant: $tenant, value: v}) CREATE (p)-[:HAS_PHONE]->(n))
FOREACH (v IN row.domains | MERGE (d:Domain {tenant: $tenant, value: v}) CREATE (p)-[:HAS_DOMAIN]->(d))
