// The tenant's parties by revenue across every channel, as GET /reports/top-parties lists them.
MATCH (a:Activity {tenant: $tenant})-[:OF]->(p:Party)
WHERE a.type IN ['invoice', 'cart', 'bid']
WITH p, coalesce(a.channel, 'unknown') AS channel, sum(coalesce(a.amount, 0)) AS revenue
WITH p, sum(revenue) AS total, collect(channel + ': ' + toString(revenue)) AS channels
RETURN p.displayName AS party, total, channels
ORDER BY total DESC
LIMIT 25
