// A party entered by a steward, with the source record that asserts it, its contact points and roles.
CREATE (p:Party {tenant: $tenant, id: $id})
SET p:$($kindLabel),
    p += $properties,
    p.status = 'active', p.version = 1, p.createdAt = datetime(), p.updatedAt = datetime(),
    p.updatedBy = $actor, p.syncStatus = 'synced', p.sourceSystems = [$source],
    p.profile = $profile, p.provenance = $provenance,
    // Search keys: identifiers as resolution compares them (IdentifierKeys, V0012).
    p.identifierKeys = $identifierKeys
// The steward's record carries what it asserts, like any source row, so the party can be derived again.
CREATE (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $id})
SET s += $properties,
    s.uid = $source + '/' + $table + '/' + $id, s.partyKind = $kindLabel,
    s.emails = $emails, s.phones = $phones, s.domains = $domains,
    s.raw = $raw, s.deleted = false, s.firstSeen = datetime(), s.lastSeen = datetime(), s.syncStatus = 'synced'
CREATE (s)-[:IDENTIFIES {method: 'manual', score: 1.0, at: datetime(), by: $actor}]->(p)
CREATE (:TimelineEvent {tenant: $tenant, id: randomUUID(), partyId: $id, type: 'entered', at: datetime(),
                        record: $source + '/' + $table + '/' + $id, detail: 'entered by a steward', by: $actor})
FOREACH (value IN $emails | MERGE (e:Email {tenant: $tenant, value: value}) MERGE (p)-[:HAS_EMAIL]->(e))
FOREACH (value IN $phones | MERGE (n:Phone {tenant: $tenant, value: value}) MERGE (p)-[:HAS_PHONE]->(n))
FOREACH (value IN $domains | MERGE (d:Domain {tenant: $tenant, value: value}) MERGE (p)-[:HAS_DOMAIN]->(d))
WITH p
CALL (p) {
  UNWIND $roles AS role
  OPTIONAL MATCH (template:Role {tenant: $catalog, code: role.code})
  MERGE (r:Role {tenant: $tenant, code: role.code})
    ON CREATE SET r.label = coalesce(template.label, role.code), r.category = template.category
  CREATE (p)-[:HAS_ROLE {since: role.since, until: role.until, source: $source, context: role.context}]->(r)
}
RETURN p.id AS id
