MATCH (w:Watermark {tenant: $tenant, source: $source})
RETURN w.commitLsn AS commitLsn, w.lsn AS lsn, w.events AS events, w.updatedAt AS updatedAt
