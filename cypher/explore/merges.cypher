// Parties merged because a record matched both beyond doubt: the survivor (the older party), the absorbed
// one (kept with status 'merged' and mergedInto), the record that showed it and the evidence (JSON).
MATCH (m:Merge {tenant: $tenant})-[:SURVIVOR]->(s:Party), (m)-[:ABSORBED]->(a:Party)
RETURN m.at AS at, m.record AS record, m.probability AS probability, s.displayName AS survivor,
       a.displayName AS absorbed, m.evidence AS evidence
ORDER BY m.at DESC
LIMIT 25
