// Merges parties: $merges holds {id, survivor, absorbed, record (the record that bridged them; null for a
// steward's merge), probability, evidence (the score as JSON), method (auto by default, manual for a
// steward), by (who; the source by default)}. The absorbed party keeps its node and id, marked merged into
// the survivor (parties merged into it before now point at the survivor too); its records, roles,
// activities and typed edges move to the survivor (an edge the survivor has already takes the sources of
// both), its contact points go (the write adds what its records said to the survivor's survivorship
// profile and then clears its own: party-profile-clear). A moved record link keeps what it was and says
// which party the record identified before (`mergedFrom`, the first such party), and so does a role a
// steward gave (it has no record to be derived from again): that is what an unmerge gives back. Records
// that asserted something about the absorbed party now assert it about the survivor (`asserts`), so that
// a later change of their rows retracts it from there. A (:Merge) node keeps the evidence. Returns each edge that
// took the absorbed party's assertions beside its own ({edge, assertions}), to be summarized again.
UNWIND $merges AS m
MATCH (s:Party {tenant: $tenant, id: m.survivor})
USING INDEX s:Party(tenant, id)
MATCH (a:Party {tenant: $tenant, id: m.absorbed})
USING INDEX a:Party(tenant, id)
WHERE a.status = 'active' AND a <> s
CALL (s, a) {
  WITH s, a, COLLECT { MATCH (act:Activity)-[:OF]->(a) RETURN act.id }
             + COLLECT { MATCH (a)-[h:HAS_ROLE]->(:Role) WHERE h.record IS NOT NULL RETURN h.record }
             + reduce(acc = [], sources IN COLLECT { MATCH (a)-[e]-(:Party) RETURN e.sources } | acc + coalesce(sources, []))
             AS uids
  UNWIND uids AS uid
  WITH DISTINCT s, a, uid, split(uid, '/') AS parts
  WHERE size(parts) >= 3
  MATCH (asserting:SourceRecord {tenant: $tenant, source: parts[0], table: parts[1],
                                 key: substring(uid, size(parts[0]) + size(parts[1]) + 2)})
  SET asserting.asserts = reduce(acc = [], x IN [y IN coalesce(asserting.asserts, []) | CASE y WHEN a.id THEN s.id ELSE y END] |
                                 CASE WHEN x IN acc THEN acc ELSE acc + x END)
}
CALL (s, a) {
  MATCH (r:SourceRecord)-[i:IDENTIFIES]->(a)
  CREATE (r)-[moved:IDENTIFIES]->(s)
  SET moved = properties(i), moved.mergedFrom = coalesce(i.mergedFrom, a.id), moved.mergedAt = datetime()
  DELETE i
}
CALL (s, a) {
  MATCH (a)-[h:HAS_ROLE]->(role:Role)
  CREATE (s)-[moved:HAS_ROLE]->(role)
  SET moved = properties(h),
      moved.mergedFrom = CASE WHEN h.record IS NULL THEN coalesce(h.mergedFrom, a.id) END
  DELETE h
}
CALL (s, a) {
  MATCH (act:Activity)-[o:OF]->(a)
  CREATE (act)-[:OF]->(s)
  DELETE o
}
// An edge the survivor has already keeps its assertions and takes those of the absorbed party's edge from
// records it had none from (sources and assertions stay in step).
// Such an edge is returned, to be summarized again from all its assertions (ingest-edge-summarize).
CALL (s, a) {
  MATCH (a)-[e]->(o:Party)
  WHERE o <> s
  MERGE (s)-[moved:$(type(e))]->(o)
  WITH e, moved, coalesce(moved.sources, []) AS had, coalesce(e.sources, []) AS brought
  WITH e, moved, had, [i IN range(0, size(had) - 1) | coalesce(moved.assertions[i], '{}')] AS hadAssertions,
       [i IN range(0, size(brought) - 1) WHERE NOT brought[i] IN had] AS added
  SET moved += properties(e),
      moved.sources = had + [i IN added | e.sources[i]],
      moved.assertions = hadAssertions + [i IN added | coalesce(e.assertions[i], '{}')]
  DELETE e
  RETURN collect(CASE WHEN size(had) > 0 THEN moved END) AS outgoing
}
CALL (s, a) {
  MATCH (o:Party)-[e]->(a)
  WHERE o <> s
  MERGE (o)-[moved:$(type(e))]->(s)
  WITH e, moved, coalesce(moved.sources, []) AS had, coalesce(e.sources, []) AS brought
  WITH e, moved, had, [i IN range(0, size(had) - 1) | coalesce(moved.assertions[i], '{}')] AS hadAssertions,
       [i IN range(0, size(brought) - 1) WHERE NOT brought[i] IN had] AS added
  SET moved += properties(e),
      moved.sources = had + [i IN added | e.sources[i]],
      moved.assertions = hadAssertions + [i IN added | coalesce(e.assertions[i], '{}')]
  DELETE e
  RETURN collect(CASE WHEN size(had) > 0 THEN moved END) AS incoming
}
CALL (s, a) {
  MATCH (a)-[e]-(s)
  DELETE e
}
CALL (a) {
  MATCH (a)-[h:HAS_EMAIL|HAS_PHONE|HAS_DOMAIN]->()
  DELETE h
}
CALL (s, a) {
  MATCH (earlier:Party {tenant: $tenant, mergedInto: a.id})
  SET earlier.mergedInto = s.id
}
// Suggestions between the two are moot now: they close themselves, saying why.
CALL (s, a) {
  MATCH (sug:MatchSuggestion {status: 'open'})-[:FOR|CANDIDATE]->(a)
  MATCH (sug)-[:FOR|CANDIDATE]->(o:Party)
  WHERE o <> a AND (o = s OR o.mergedInto IN [s.id, a.id])
  SET sug.status = 'closed', sug.closedReason = 'the two parties were merged', sug.closedAt = datetime()
}
SET a.status = 'merged', a.mergedInto = s.id, a.updatedAt = datetime(), a.updatedBy = coalesce(m.by, $source),
    a.version = coalesce(a.version, 0) + 1
MERGE (merge:Merge {tenant: $tenant, id: m.id})
  ON CREATE SET merge.at = datetime(), merge.by = coalesce(m.by, $source), merge.method = coalesce(m.method, 'auto'),
                merge.survivor = s.id,
                merge.absorbed = a.id, merge.record = m.record, merge.probability = m.probability,
                merge.evidence = m.evidence
MERGE (merge)-[:SURVIVOR]->(s)
MERGE (merge)-[:ABSORBED]->(a)
// The edges that took the absorbed party's assertions beside their own.
WITH outgoing + incoming AS combined
UNWIND combined AS r
RETURN elementId(r) AS edge, r.assertions AS assertions
