// Activities, each keyed by its record and linked to its party: $activities holds {partyId, uid, type,
// at, amount, currency, channel, attributes}.
UNWIND $activities AS activity
MATCH (p:Party {tenant: $tenant, id: activity.partyId})
USING INDEX p:Party(tenant, id)
MERGE (a:Activity {tenant: $tenant, id: activity.uid})
SET a += activity.attributes,
    a.type = activity.type, a.at = datetime(activity.at), a.amount = activity.amount,
    a.currency = activity.currency, a.channel = activity.channel, a.source = $source, a.updatedAt = datetime()
MERGE (a)-[:OF]->(p)
