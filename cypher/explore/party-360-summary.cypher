// A party at a glance, as GET /parties/{id}/360 sums it up: roles, records per source table, relationships
// naming the other party, revenue per channel (invoices, carts, bids).
MATCH (p:Party {tenant: $tenant, id: $id})
RETURN p.displayName AS party, p.provenance AS provenance,
       COLLECT { MATCH (p)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code } AS roles,
       COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) WHERE NOT coalesce(s.deleted, false)
                 RETURN s.source + '/' + s.table + '/' + s.key } AS records,
       COLLECT { MATCH (p)-[r]-(o:Party) RETURN type(r) + ' ' + o.displayName + coalesce(' (' + r.title + ')', '') } AS relationships,
       COLLECT { MATCH (a:Activity)-[:OF]->(p) WHERE a.type IN ['invoice', 'cart', 'bid']
                 WITH coalesce(a.channel, 'unknown') AS channel, sum(a.amount) AS revenue
                 RETURN channel + ': ' + toString(revenue) } AS revenueByChannel
