// Which of the parties' roles ($pairs holds {partyId, code}) they hold from any record, checked by existence
// so that a party holding a role from 100,000 rows costs one step; also the roles the records $uids gave.
CALL () {
  UNWIND $uids AS uid
  MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE {record: uid}]->(r:Role)
  RETURN collect(DISTINCT {partyId: p.id, code: r.code}) AS given
}
WITH given
UNWIND given + $pairs AS pair
WITH DISTINCT pair
MATCH (p:Party {tenant: $tenant, id: pair.partyId})
USING INDEX p:Party(tenant, id)
RETURN pair.partyId AS partyId, pair.code AS code,
       EXISTS { MATCH (p)-[:HAS_ROLE]->(:Role {tenant: $tenant, code: pair.code}) } AS held
