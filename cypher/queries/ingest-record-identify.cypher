// Links each record of $links ({table, key, partyId}) to its party, replacing an earlier link of that record.
UNWIND $links AS link
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: link.table, key: link.key})
USING INDEX s:SourceRecord(tenant, source, table, key)
MATCH (p:Party {tenant: $tenant, id: link.partyId})
USING INDEX p:Party(tenant, id)
CALL (s, p) {
  MATCH (s)-[old:IDENTIFIES]->(other:Party)
  WHERE other <> p
  DELETE old
}
MERGE (s)-[i:IDENTIFIES]->(p)
  ON CREATE SET i.method = coalesce(link.method, 'rule'), i.score = coalesce(link.score, 1.0), i.at = datetime(),
                i.by = $source
