// Appends events to parties' timelines; $events holds {partyId, type, record, detail}. Events are only ever
// created: a later change adds an event, it never rewrites one.
UNWIND $events AS event
CREATE (:TimelineEvent {tenant: $tenant, id: randomUUID(), partyId: event.partyId, type: event.type, at: datetime(),
                        record: event.record, detail: event.detail, by: $source})
