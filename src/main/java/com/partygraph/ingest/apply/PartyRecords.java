package com.partygraph.ingest.apply;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.resolution.decide.Decision;

/**
 * Source records that describe parties: links each to the party resolution decided for it and re-derives
 * parties from their records.
 */
final class PartyRecords {

	private PartyRecords() {
	}

	/**
	 * Writes the claim's record and links it to the party resolution decided for it.
	 * @param madeInBatch whether the party was made by this batch's resolution (it may not exist yet)
	 * @return the party's id, and the id of a party it was linked to before (to refresh), if it moved
	 */
	static Linked link(Statements db, PartyClaim claim, Decision decision, boolean madeInBatch, String derivedFrom,
			long lsn) {
		var current = db.run("ingest-party-record", "table", claim.record().table(), "key", claim.record().key(),
				"properties", properties(db.source(), claim, derivedFrom, lsn))
			.get(0);
		String partyId = current.get("partyId").isNull() ? null : current.get("partyId").asString();
		if (decision.partyId().equals(partyId)) {
			// A mention of an organization by name adds no attribute: nothing to derive again.
			return new Linked(partyId, null, !claim.matchByName());
		}
		if (decision.newParty() || madeInBatch) {
			db.run("ingest-party-ensure", "parties",
					List.of(Map.of("id", decision.partyId(), "kindLabel", claim.kind().label())));
		}
		db.run("ingest-record-identify", "links", List.of(Map.of("table", claim.record().table(), "key",
				claim.record().key(), "partyId", decision.partyId(), "method", decision.method(), "score",
				decision.probability())));
		return new Linked(decision.partyId(), partyId, !claim.matchByName() || decision.newParty());
	}

	/**
	 * What a party record holds: the claim's fields, contact points, kind, the record it came from and
	 * the log position of the change that wrote it (of two records seen in one transaction, the later
	 * change's is the newer).
	 */
	static Map<String, Object> properties(String source, PartyClaim claim, String derivedFrom, long lsn) {
		Map<String, Object> properties = new HashMap<>(claim.fields());
		properties.put("uid", claim.record().uid(source));
		properties.put("partyKind", claim.kind().label());
		properties.put("emails", StoredLists.of(claim.emails()));
		properties.put("phones", StoredLists.of(claim.phones()));
		properties.put("domains", StoredLists.of(claim.domains()));
		properties.put("addresses", StoredLists.of((List<?>) claim.fields().get("addresses")));
		properties.put("derivedFrom", derivedFrom);
		properties.put("lsn", lsn);
		return properties;
	}

	/** Re-derives the parties from their live records, and removes those no live record is left for. */
	static void refresh(Statements db, Collection<String> partyIds) {
		if (partyIds.isEmpty()) {
			return;
		}
		Set<String> gone = new LinkedHashSet<>(partyIds);
		db.run("party-refresh", "ids", List.copyOf(partyIds), "actor", db.source())
			.forEach(row -> gone.remove(row.get("id").asString()));
		if (!gone.isEmpty()) {
			db.run("party-prune", "ids", List.copyOf(gone));
		}
	}

	/**
	 * Where a record points now, where it pointed before if that changed, and whether the party must
	 * be derived again from its records.
	 */
	record Linked(String partyId, String previousPartyId, boolean changed) {
	}

}
