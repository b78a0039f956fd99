// Parties a batch's resolution made whose first row was written apart (or rejected): made here when
// missing, with an empty profile; their attributes are derived once their records are linked.
// $parties holds {id, kindLabel, order}.
UNWIND $parties AS row
MERGE (p:Party {tenant: $tenant, id: row.id})
  ON CREATE SET p:$(row.kindLabel), p.status = 'active', p.version = 0, p.createdAt = CASE WHEN row.order IS NULL THEN datetime()
      ELSE datetime({epochSeconds: row.order / 1000000000, nanosecond: row.order % 1000000000}) END,
                p.updatedAt = datetime(), p.syncStatus = 'synced', p.profile = $emptyProfile
