// A party's timeline, newest first: the engine's events of the party and of the parties merged into it,
// and the party's activities. Paged by $skip and $limit.
MATCH (p:Party {tenant: $tenant, id: $id})
USING INDEX p:Party(tenant, id)
WITH p, [p.id] + COLLECT { MATCH (m:Party {tenant: $tenant, mergedInto: p.id}) RETURN m.id } AS ids
CALL (p, ids) {
  UNWIND ids AS partyId
  MATCH (e:TimelineEvent {tenant: $tenant, partyId: partyId})
  RETURN e.at AS at, 'event' AS kind, e.type AS type, e.record AS record, e.detail AS detail, e.by AS by,
         CASE WHEN partyId = p.id THEN null ELSE partyId END AS mergedParty, null AS amount, null AS currency,
         null AS channel
  UNION ALL
  MATCH (a:Activity)-[:OF]->(p)
  RETURN a.at AS at, 'activity' AS kind, a.type AS type, a.id AS record, null AS detail, a.source AS by,
         null AS mergedParty, a.amount AS amount, a.currency AS currency, a.channel AS channel
}
RETURN at, kind, type, record, detail, by, mergedParty, amount, currency, channel
ORDER BY at DESC, kind, record
SKIP $skip
LIMIT $limit
