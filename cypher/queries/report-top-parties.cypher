// The tenant's parties with the most revenue across all channels ($revenueTypes activities; amounts in
// $defaultCurrency where a row names none), with a column per channel, best first.
MATCH (a:Activity {tenant: $tenant})-[:OF]->(p:Party)
WHERE a.id IS NOT NULL AND a.type IN $revenueTypes
WITH p, coalesce(a.channel, 'unknown') AS channel, coalesce(a.currency, $defaultCurrency) AS currency,
     sum(coalesce(a.amount, 0)) AS revenue, count(*) AS activities
WITH p, collect({channel: channel, currency: currency, revenue: revenue, activities: activities}) AS channels,
     sum(revenue) AS total, collect(DISTINCT currency) AS currencies
ORDER BY total DESC, p.displayName
SKIP $skip
LIMIT $limit
RETURN p {.id, .displayName, .status, kind: [label IN labels(p) WHERE label IN ['Person', 'Organization']][0]} AS party,
       total, currencies, channels
