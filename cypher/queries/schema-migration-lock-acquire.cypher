// Takes the lock when it is free or stale; returns whoever holds it afterwards.
MERGE (l:SchemaMigrationLock {tenant: $tenant, name: 'schema'})
  ON CREATE SET l.owner = $owner, l.at = datetime()
WITH l, l.owner <> $owner AND l.at < datetime() - duration($staleAfter) AS stale
SET l.owner = CASE WHEN stale THEN $owner ELSE l.owner END,
    l.at = CASE WHEN stale THEN datetime() ELSE l.at END
RETURN l.owner AS owner
