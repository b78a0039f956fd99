// What points at nothing in one tenant: parties no live record supports, activities without a party,
// party-to-party edges no record asserts, and records still waiting for rows they refer to. A party merged into
// another, erased, or left without records by a steward's link or unlink (a decision in force) is not an orphan:
// it is what a person decided.
CALL () {
  MATCH (p:Party {tenant: $tenant})
  WHERE p.mergedInto IS NULL AND coalesce(p.status, 'active') <> 'erased'
    AND NOT EXISTS { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) WHERE NOT coalesce(s.deleted, false) }
    AND NOT EXISTS {
      MATCH (d:Decision {tenant: $tenant})
      WHERE d.type IN ['link', 'unlink'] AND p.id IN d.parties AND d.withdrawnAt IS NULL
    }
  RETURN count(p) AS unsupportedParties
}
CALL () {
  MATCH (a:Activity {tenant: $tenant})
  WHERE NOT EXISTS { (a)-[:OF]->(:Party) }
  RETURN count(a) AS activitiesWithoutParty
}
CALL () {
  MATCH (:Party {tenant: $tenant})-[r]->(:Party {tenant: $tenant})
  WHERE type(r) IN $relationshipTypes AND size(coalesce(r.sources, [])) = 0
  RETURN count(r) AS unassertedRelationships
}
CALL () {
  MATCH (s:SourceRecord {tenant: $tenant, source: $source})
  USING INDEX s:SourceRecord(tenant, source, pendingSince)
  WHERE s.pendingSince IS NOT NULL AND s.syncStatus = 'pending' AND NOT coalesce(s.deleted, false)
  RETURN count(s) AS pendingRecords, collect(s.table + '/' + s.key + ' -> ' + reduce(t = '', r IN coalesce(s.pendingOn, []) | t + r + ' '))[0..10] AS pendingSample
}
RETURN unsupportedParties, activitiesWithoutParty, unassertedRelationships, pendingRecords, pendingSample
