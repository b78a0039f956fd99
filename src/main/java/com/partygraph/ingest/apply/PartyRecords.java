package com.partygraph.ingest.apply;

import java.util.List;
import java.util.UUID;

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
	static Linked link(Statements db, PartyClaim claim, String derivedFrom) {
		var current = db.run("ingest-party-record", "table", claim.record().table(), "key", claim.record().key(),
				"uid", claim.record().uid(db.source()), "fields", claim.fields(), "kindLabel", claim.kind().label(),
				"emails", claim.emails(), "phones", claim.phones(), "domains", claim.domains(), "derivedFrom",
				derivedFrom)
			.get(0);
		String partyId = current.get("partyId").isNull() ? null : current.get("partyId").asString();
		// A free-text organization whose name changed is another organization now.
		boolean renamed = claim.matchByName() && partyId != null
				&& !claim.fields().get("normalizedName").equals(current.get("partyName").asString(""));
		if (partyId != null && !renamed) {
			// A mention of an organization by name adds no attribute: nothing to derive again.
			return new Linked(partyId, null, !claim.matchByName());
		}
		String found = find(db, claim);
		String target = found != null ? found : create(db, claim);
		db.run("ingest-record-identify", "table", claim.record().table(), "key", claim.record().key(), "partyId", target,
				"method", "rule");
		return new Linked(target, partyId, found == null || !claim.matchByName());
	}

	/** Re-derives the party from its live records, or removes it when none is left. */
	static void refresh(Statements db, String partyId) {
		if (db.run("party-refresh", "id", partyId, "actor", db.source()).isEmpty()) {
			db.run("party-prune", "id", partyId);
		}
	}

	private static String find(Statements db, PartyClaim claim) {
		List<org.neo4j.driver.Value> rows;
		if (claim.matchByName()) {
			rows = db.run("ingest-party-find-by-name", "name", claim.fields().get("normalizedName"));
		}
		else if (!claim.emails().isEmpty()) {
			rows = db.run("ingest-party-find-by-email", "emails", claim.emails(), "kindLabel", claim.kind().label());
		}
		else {
			return null;
		}
		return rows.isEmpty() ? null : rows.get(0).get("id").asString();
	}

	private static String create(Statements db, PartyClaim claim) {
		String id = UUID.randomUUID().toString();
		db.run("ingest-party-create", "id", id, "kindLabel", claim.kind().label());
		return id;
	}

	/**
	 * Where a record points now, where it pointed before if that changed, and whether the party must
	 * be derived again from its records.
	 */
	record Linked(String partyId, String previousPartyId, boolean changed) {
	}

}
