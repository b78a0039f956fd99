// Parties known before a batch that rows about themselves joined, when nothing else of theirs was
// written in this transaction: the new rows are newer than every record the party had, so the rule of
// party-refresh comes down to the new rows' values first, then what the party had. $parties holds
// {id, properties, addresses, emails, phones, domains}, worked out from the new rows alone.
UNWIND $parties AS row
MATCH (p:Party {tenant: $tenant, id: row.id})
USING INDEX p:Party(tenant, id)
WITH p, row, row.addresses + [a IN coalesce(p.addresses, []) WHERE NOT a IN row.addresses] AS addresses
SET p += row.properties,
    p.addresses = CASE WHEN size(addresses) = 0 THEN null ELSE addresses END,
    p.sourceSystems = [$source] + [s IN coalesce(p.sourceSystems, []) WHERE s <> $source],
    p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.updatedBy = $source,
    p.syncStatus = 'synced'
FOREACH (v IN row.emails | MERGE (e:Email {tenant: $tenant, value: v}) MERGE (p)-[:HAS_EMAIL]->(e))
FOREACH (v IN row.phones | MERGE (n:Phone {tenant: $tenant, value: v}) MERGE (p)-[:HAS_PHONE]->(n))
FOREACH (v IN row.domains | MERGE (d:Domain {tenant: $tenant, value: v}) MERGE (p)-[:HAS_DOMAIN]->(d))
