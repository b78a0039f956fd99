// Pairs resolution was unsure of, best first: the two parties side by side with the probability. The
// explanation (each feature's two values, level and weight) is JSON in m.explanation.
MATCH (m:MatchSuggestion {tenant: $tenant, status: 'open'})-[:FOR]->(p:Party),
      (m)-[:CANDIDATE]->(c:Party)
RETURN m, p, c
ORDER BY m.probability DESC
LIMIT 25
