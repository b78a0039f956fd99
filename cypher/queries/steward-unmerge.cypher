// Unmerges the party $id from $survivor: it is active again with its own id, the parties merged into it
// before ($chain) point at it again, the record links that moved from it (or from them) move back as they
// were, and so do the roles a steward gave it; the (:Merge) $mergeId is kept, marked undone, and no longer
// connects the two. What its records assert is applied again afterwards, in the same transaction.
MATCH (b:Party {tenant: $tenant, id: $id})
USING INDEX b:Party(tenant, id)
MATCH (a:Party {tenant: $tenant, id: $survivor})
USING INDEX a:Party(tenant, id)
WHERE b.status = 'merged' AND b.mergedInto = a.id
SET b.status = 'active', b.mergedInto = null, b.updatedAt = datetime(), b.updatedBy = $actor,
    b.version = coalesce(b.version, 0) + 1
WITH a, b
CALL (a, b) {
  UNWIND $chain AS cid
  MATCH (c:Party {tenant: $tenant, id: cid})
  WHERE c <> b
  SET c.mergedInto = b.id
}
CALL (a, b) {
  MATCH (s:SourceRecord)-[i:IDENTIFIES]->(a)
  WHERE i.mergedFrom IN $chain
  CREATE (s)-[back:IDENTIFIES]->(b)
  SET back = properties(i),
      back.mergedFrom = CASE WHEN i.mergedFrom = b.id THEN null ELSE i.mergedFrom END,
      back.mergedAt = CASE WHEN i.mergedFrom = b.id THEN null ELSE i.mergedAt END
  DELETE i
}
CALL (a, b) {
  MATCH (a)-[h:HAS_ROLE]->(role:Role)
  WHERE h.mergedFrom IN $chain
  CREATE (b)-[back:HAS_ROLE]->(role)
  SET back = properties(h), back.mergedFrom = CASE WHEN h.mergedFrom = b.id THEN null ELSE h.mergedFrom END
  DELETE h
}
CALL (a, b) {
  MATCH (m:Merge {tenant: $tenant, id: $mergeId})
  SET m.unmergedAt = datetime(), m.unmergedBy = $actor
  WITH m
  MATCH (m)-[link:SURVIVOR|ABSORBED]->()
  DELETE link
}
RETURN b.id AS id
