// QueryBenchmark: organizations with their domain, source record, roles and activities ($rows, one batch).
UNWIND $rows AS row
CREATE (p:Party:Organization {tenant: $tenant, id: row.id, displayName: row.name, legalName: row.name,
                              normalizedName: row.normalized, status: 'active', version: 1, createdAt: datetime(),
                              updatedAt: datetime(), updatedBy: 'bench', syncStatus: 'synced',
                              sourceSystems: row.systems, addresses: row.addresses})
CREATE (d:Domain {tenant: $tenant, value: row.domain})
CREATE (p)-[:HAS_DOMAIN]->(d)
WITH p, row
CALL (p, row) {
  UNWIND row.records AS record
  CREATE (s:SourceRecord {tenant: $tenant, source: record.source, table: record.table, key: record.key,
                          uid: record.uid, raw: record.raw, deleted: false, firstSeen: datetime(),
                          lastSeen: datetime(), syncStatus: 'synced', partyKind: 'Organization'})
  CREATE (s)-[:IDENTIFIES {method: 'name', score: 1.0, at: datetime(), by: 'bench'}]->(p)
}
CALL (p, row) {
  UNWIND row.roles AS code
  MATCH (r:Role {tenant: $tenant, code: code})
  CREATE (p)-[:HAS_ROLE {since: date(row.since), source: row.records[0].source, record: row.records[0].uid}]->(r)
}
CALL (p, row) {
  UNWIND row.activities AS activity
  CREATE (a:Activity {tenant: $tenant, id: activity.id, type: activity.type, at: datetime(activity.at),
                      amount: activity.amount, currency: 'USD', channel: activity.channel, source: 'erp'})
  CREATE (a)-[:OF]->(p)
}
