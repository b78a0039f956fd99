// An activity, keyed by its record, linked to its party.
MATCH (p:Party {tenant: $tenant, id: $partyId})
MERGE (a:Activity {tenant: $tenant, id: $uid})
SET a += $attributes,
    a.type = $type, a.at = datetime($at), a.amount = $amount, a.currency = $currency, a.channel = $channel,
    a.source = $source, a.updatedAt = datetime()
MERGE (a)-[:OF]->(p)
