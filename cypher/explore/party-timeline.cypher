// A party's timeline as GET /parties/{id}/timeline answers it, newest first: the engine's events
// (record linked or unlinked, merged, role added or ended, sync error, steward entry) and activities.
MATCH (p:Party {tenant: $tenant, id: $id})
CALL (p) {
  MATCH (e:TimelineEvent {tenant: $tenant, partyId: p.id})
  RETURN e.at AS at, e.type AS what, e.record AS record, e.detail AS detail
  UNION ALL
  MATCH (a:Activity)-[:OF]->(p)
  RETURN a.at AS at, a.type AS what, a.id AS record, toString(a.amount) + ' ' + a.currency AS detail
}
RETURN at, what, record, detail
ORDER BY at DESC
LIMIT 50
