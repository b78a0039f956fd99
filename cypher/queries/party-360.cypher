// Everything about one party: attributes (with provenance), contact points, roles, source records (with
// their sync state), relationships in both directions naming the other party, an activity summary (per
// type, revenue by channel and by order type for $revenueTypes, in $defaultCurrency where a row names
// none, the last activity), open match suggestions
// and unresolved sync errors of its records. Aggregated here so that a party of 100,000 activities
// returns a summary, not its activities.
MATCH (p:Party {tenant: $tenant, id: $id})
USING INDEX p:Party(tenant, id)
RETURN p {
         .*, profile: null,
         kindLabel: [label IN labels(p) WHERE label IN ['Person', 'Organization']][0],
         emails: COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value },
         phones: COLLECT { MATCH (p)-[:HAS_PHONE]->(n:Phone) RETURN n.value ORDER BY n.value },
         domains: COLLECT { MATCH (p)-[:HAS_DOMAIN]->(d:Domain) RETURN d.value ORDER BY d.value }
       } AS party,
       COLLECT {
         MATCH (p)-[h:HAS_ROLE]->(r:Role)
         RETURN h {.since, .until, .source, .context, .record, code: r.code, label: r.label, category: r.category} AS role
         ORDER BY role.code, role.since
       } AS roles,
       COLLECT {
         MATCH (s:SourceRecord)-[i:IDENTIFIES]->(p)
         RETURN s {.source, .table, .key, .deleted, .firstSeen, .lastSeen, .syncStatus, .pendingOn, .warnings, .position,
                   method: CASE WHEN i.mergedFrom IS NULL THEN i.method ELSE 'merge' END, mergedFrom: i.mergedFrom, score: i.score, linkedAt: i.at} AS record
         ORDER BY record.source, record.table, record.key
       } AS sourceRecords,
       COLLECT {
         MATCH (p)-[rel]-(other:Party {tenant: $tenant})
         WHERE type(rel) IN $relationshipTypes
         RETURN rel {.*, id: type(rel) + ':' + startNode(rel).id + ':' + endNode(rel).id, type: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'outgoing' ELSE 'incoming' END,
                     other: other {.id, .displayName, .status,
                                   kind: [label IN labels(other) WHERE label IN ['Person', 'Organization']][0]}} AS edge
         ORDER BY edge.type, edge.other.displayName
       } AS relationships,
       COLLECT {
         MATCH (a:Activity)-[:OF]->(p)
         WITH a.type AS type, count(*) AS activities, sum(coalesce(a.amount, 0)) AS total, max(a.at) AS last,
              collect(DISTINCT coalesce(a.currency, $defaultCurrency)) AS currencies
         RETURN {type: type, activities: activities, total: total, last: toString(last), currencies: currencies} AS row
         ORDER BY row.type
       } AS activityByType,
       COLLECT {
         MATCH (a:Activity)-[:OF]->(p)
         WHERE a.type IN $revenueTypes
         WITH coalesce(a.channel, 'unknown') AS channel, coalesce(a.currency, $defaultCurrency) AS currency,
              sum(coalesce(a.amount, 0)) AS revenue, count(*) AS activities
         RETURN {channel: channel, currency: currency, revenue: revenue, activities: activities} AS row
         ORDER BY row.revenue DESC
       } AS revenueByChannel,
       COLLECT {
         MATCH (a:Activity)-[:OF]->(p)
         WHERE a.type IN $revenueTypes
         WITH coalesce(a.order_type, a.type) AS orderType, coalesce(a.currency, $defaultCurrency) AS currency,
              sum(coalesce(a.amount, 0)) AS revenue, count(*) AS activities
         RETURN {orderType: orderType, currency: currency, revenue: revenue, activities: activities} AS row
         ORDER BY row.revenue DESC
       } AS revenueByOrderType,
       COLLECT {
         MATCH (m:MatchSuggestion {status: 'open'})-[:FOR|CANDIDATE]->(p)
         MATCH (m)-[:FOR]->(of:Party), (m)-[:CANDIDATE]->(candidate:Party)
         RETURN m {.id, .record, .probability, .createdAt, partyId: of.id, candidateId: candidate.id,
                   candidateName: candidate.displayName, otherName: CASE WHEN of = p THEN candidate.displayName
                   ELSE of.displayName END} AS suggestion
         ORDER BY suggestion.probability DESC
         LIMIT 20
       } AS suggestions,
       COLLECT {
         MATCH (e:SyncError {tenant: $tenant, status: 'open'})-[:CONCERNS]->(:SourceRecord)-[:IDENTIFIES]->(p)
         RETURN e {.id, .source, .table, .key, .reason, .at} AS error
         ORDER BY error.at DESC
         LIMIT 20
       } AS syncErrors
