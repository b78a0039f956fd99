// A party's correction record (source steward, table correction, key the party's id): the attribute values of
// the steward's edits in force ($fields), which survivorship ranks above every source row. With no values left
// it is marked deleted and says nothing. It identifies the party it corrects (or, after a merge, the survivor).
MATCH (p:Party {tenant: $tenant, id: $partyId})
USING INDEX p:Party(tenant, id)
MERGE (s:SourceRecord {tenant: $tenant, source: 'steward', table: 'correction', key: $partyId})
  ON CREATE SET s.firstSeen = datetime()
WITH p, s, s.firstSeen AS firstSeen
SET s = {tenant: $tenant, source: 'steward', table: 'correction', key: $partyId, firstSeen: firstSeen,
         uid: 'steward/correction/' + $partyId, syncStatus: 'synced', raw: $raw}
SET s += $fields, s.lastSeen = datetime(), s.deleted = size(keys($fields)) = 0,
    s.deletedAt = CASE WHEN size(keys($fields)) = 0 THEN datetime() END
WITH p, s
WHERE NOT EXISTS { (s)-[:IDENTIFIES]->(:Party) }
CREATE (s)-[:IDENTIFIES {method: 'manual', score: 1.0, at: datetime(), by: $actor}]->(p)
