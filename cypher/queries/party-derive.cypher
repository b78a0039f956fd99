// Writes parties' attributes as survivorship chose them from their profiles: $parties holds {id, profile
// (JSON), values (every single-valued attribute, null where none), addresses, otherNames, identifiers,
// identifierKeys (null when none),
// sourceSystems, provenance, emails, phones, domains}. Contact points no longer given lose their edge,
// and a contact point no party holds any more is removed.
UNWIND $parties AS row
MATCH (p:Party {tenant: $tenant, id: row.id})
USING INDEX p:Party(tenant, id)
SET p += row.values,
    p.profile = row.profile, p.provenance = row.provenance,
    p.addresses = CASE WHEN size(row.addresses) = 0 THEN null ELSE row.addresses END,
    p.otherNames = CASE WHEN size(row.otherNames) = 0 THEN null ELSE row.otherNames END,
    p.identifiers = CASE WHEN size(row.identifiers) = 0 THEN null ELSE row.identifiers END,
    // Search keys: identifiers as resolution compares them (IdentifierKeys, V0012).
    p.identifierKeys = row.identifierKeys,
    p.sourceSystems = row.sourceSystems,
    p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.updatedBy = $source,
    p.syncStatus = 'synced',
    // A row of an erased party changed at its source: what it says now is the party again.
    p.status = CASE p.status WHEN 'erased' THEN 'active' ELSE p.status END
WITH p, row
CALL (p, row) {
  MATCH (p)-[h:HAS_EMAIL]->(e:Email)
  WHERE NOT e.value IN row.emails
  DELETE h
  WITH e WHERE NOT EXISTS { (e)--() }
  DELETE e
}
CALL (p, row) {
  MATCH (p)-[h:HAS_PHONE]->(n:Phone)
  WHERE NOT n.value IN row.phones
  DELETE h
  WITH n WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL (p, row) {
  MATCH (p)-[h:HAS_DOMAIN]->(d:Domain)
  WHERE NOT d.value IN row.domains
  DELETE h
  WITH d WHERE NOT EXISTS { (d)--() }
  DELETE d
}
FOREACH (v IN row.emails | MERGE (e:Email {tenant: $tenant, value: v}) MERGE (p)-[:HAS_EMAIL]->(e))
FOREACH (v IN row.phones | MERGE (n:Phone {tenant: $tenant, value: v}) MERGE (p)-[:HAS_PHONE]->(n))
FOREACH (v IN row.domains | MERGE (d:Domain {tenant: $tenant, value: v}) MERGE (p)-[:HAS_DOMAIN]->(d))
