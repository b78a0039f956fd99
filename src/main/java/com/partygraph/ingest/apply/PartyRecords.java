package com.partygraph.ingest.apply;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partygraph.ingest.apply.Claims.PartyClaim;

/**
 * Source records that describe parties: links each to its party (found by email, or by normalized
 * name for organizations named in free text, or created) and re-derives parties from their records.
 */
final class PartyRecords {

	private PartyRecords() {
	}

	/**
	 * Writes the claim's record and links it to a party.
	 * @return the party's id, and the id of a party it was linked to before (to refresh), if it moved
	 */
	static Linked link(Statements db, PartyClaim claim, String derivedFrom, long lsn) {
		var current = db.run("ingest-party-record", "table", claim.record().table(), "key", claim.record().key(),
				"properties", properties(db.source(), claim, derivedFrom, lsn))
			.get(0);
		String partyId = current.get("partyId").isNull() ? null : current.get("partyId").asString();
		// A free-text organization whose name changed is another organization now.
		boolean renamed = claim.matchByName() && partyId != null
				&& !claim.fields().get("normalizedName").equals(current.get("partyName").asString(""));
		if (partyId != null && !renamed) {
			// A mention of an organization by name adds no attribute: nothing to derive again.
			return new Linked(partyId, null, !claim.matchByName());
		}
		PartyAssigner assigner = PartyAssigner.lookUp(db, List.of(claim));
		PartyAssigner.Assigned assigned = assigner.assign(claim);
		if (!assigner.made().isEmpty()) {
			db.run("ingest-party-create", "parties", assigner.made());
		}
		db.run("ingest-record-identify", "links", List.of(link(claim, assigned.partyId())));
		return new Linked(assigned.partyId(), partyId, assigned.derive());
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

	/** A record-to-party link, as {@code ingest-record-identify} takes it. */
	static Map<String, Object> link(PartyClaim claim, String partyId) {
		return Map.of("table", claim.record().table(), "key", claim.record().key(), "partyId", partyId);
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
