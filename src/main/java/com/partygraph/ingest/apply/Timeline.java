package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a write adds to parties' timelines — a record linked to a party or unlinked from it (moved,
 * deleted), a party merged into another — written together at the end of the write
 * ({@code timeline-append}). Events are appended, never rewritten. Not thread-safe; one per write.
 */
final class Timeline {

	private final List<Map<String, Object>> events = new ArrayList<>();

	void linked(String partyId, String record, String method) {
		add(partyId, "record-linked", record, method);
	}

	void unlinked(String partyId, String record, String why) {
		add(partyId, "record-unlinked", record, why);
	}

	void merged(String survivor, String absorbed, String record) {
		add(survivor, "merged", record, "absorbed party " + absorbed);
		add(absorbed, "merged", record, "merged into party " + survivor);
	}

	private void add(String partyId, String type, String record, String detail) {
		Map<String, Object> event = new HashMap<>();
		event.put("partyId", partyId);
		event.put("type", type);
		event.put("record", record);
		event.put("detail", detail);
		this.events.add(event);
	}

	void write(Statements db) {
		if (!this.events.isEmpty()) {
			db.run("timeline-append", "events", this.events);
			this.events.clear();
		}
	}

}
