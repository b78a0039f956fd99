// The engine's own events per party (record linked or unlinked, merged, sync error, steward entry),
// written when they happen and never changed; read newest first per party.
CREATE INDEX timeline_event_party IF NOT EXISTS
FOR (e:TimelineEvent) ON (e.tenant, e.partyId, e.at);
