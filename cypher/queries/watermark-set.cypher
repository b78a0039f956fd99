// Written in the same transaction as the changes it covers: replays at or below it are skipped.
MERGE (w:Watermark {tenant: $tenant, source: $source})
SET w.commitLsn = $commitLsn, w.lsn = $lsn, w.events = coalesce(w.events, 0) + $events, w.updatedAt = datetime()
