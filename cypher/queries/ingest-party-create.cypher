// Parties found for no existing party: $parties holds {id, kindLabel, properties, emails, phones, domains};
// the slow path leaves properties and contact points empty and derives them afterwards.
UNWIND $parties AS row
CREATE (p:Party {tenant: $tenant, id: row.id})
SET p:$(row.kindLabel), p += row.properties,
    p.status = 'active', p.version = coalesce(row.properties.version, 0), p.createdAt = datetime(),
    p.updatedAt = datetime(), p.syncStatus = 'synced'
FOREACH (v IN row.emails | MERGE (e:Email {tenant: $tenant, value: v}) CREATE (p)-[:HAS_EMAIL]->(e))
FOREACH (v IN row.phones | MERGE (n:Phone {tenant: $tenant, value: v}) CREATE (p)-[:HAS_PHONE]->(n))
FOREACH (v IN row.domains | MERGE (d:Domain {tenant: $tenant, value: v}) CREATE (p)-[:HAS_DOMAIN]->(d))
