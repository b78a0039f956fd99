// What unmerging the party $id would give back, read before anything is written: the party it was merged
// into, the last (:Merge) that absorbed it, the parties merged into it before (they come back with it),
// its own records — those whose link moved to the survivor from it or from those parties — with what
// resolution reads of them, and the records that joined the survivor after the merge (resolved again).
MATCH (b:Party {tenant: $tenant, id: $id})
USING INDEX b:Party(tenant, id)
MATCH (a:Party {tenant: $tenant, id: b.mergedInto})
USING INDEX a:Party(tenant, id)
OPTIONAL MATCH (m:Merge {tenant: $tenant})-[:ABSORBED]->(b)
WITH a, b, m ORDER BY m.at DESC LIMIT 1
WITH a, b, m, [b.id] + COLLECT {
       MATCH (b)(()<-[:SURVIVOR]-(:Merge)-[:ABSORBED]->(:Party))+(c:Party)
       WHERE c.mergedInto = a.id
       RETURN DISTINCT c.id
     } AS chain
RETURN a.id AS survivor, m.id AS mergeId, b.createdAt.epochSeconds * 1000000000 + b.createdAt.nanosecond AS partyOrder,
       chain,
       COLLECT {
         MATCH (s:SourceRecord)-[i:IDENTIFIES]->(a)
         WHERE i.mergedFrom IN chain
         RETURN s {.uid, .partyKind, .deleted, .displayName, .nameless, .givenName, .middleName, .familyName, .legalName,
                   .otherNames, .emails, .phones, .domains, .addresses, .birthDate, .identifiers} AS record
       } AS own,
       COLLECT {
         MATCH (s:SourceRecord)-[i:IDENTIFIES]->(a)
         WHERE m IS NOT NULL AND i.mergedFrom IS NULL AND i.at > m.at AND i.method <> 'manual'
               AND NOT coalesce(s.deleted, false) AND s.partyKind IS NOT NULL
         RETURN s.uid
       } AS later
