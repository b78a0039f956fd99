package com.partygraph.ingest.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.resolution.decide.Decision;

/** Source records that describe parties: links each to the party resolution decided for it. */
final class PartyRecords {

	private PartyRecords() {
	}

	/**
	 * Writes the claim's record and links it to the party resolution decided for it; what the record said
	 * before is withdrawn from the party it described and what it says now added to its party's profile.
	 * @param madeInBatch whether the party was made by this batch's resolution (it may not exist yet)
	 * @return the party's id
	 */
	static String link(Statements db, PartyClaim claim, Decision decision, boolean madeInBatch, String derivedFrom,
			long lsn, Profiles profiles) {
		Map<String, Object> properties = properties(db.source(), claim, derivedFrom, lsn);
		var current = db.run("ingest-party-record", "table", claim.record().table(), "key", claim.record().key(),
				"properties", properties)
			.get(0);
		String partyId = current.get("partyId").isNull() ? null : current.get("partyId").asString();
		if (partyId != null && !current.get("before").isNull()) {
			profiles.withdraw(partyId, current.get("before").asMap());
		}
		if (!decision.partyId().equals(partyId)) {
			if (decision.newParty() || madeInBatch) {
				db.run("ingest-party-ensure", "parties",
						List.of(Map.of("id", decision.partyId(), "kindLabel", claim.kind().label())), "emptyProfile",
						Profiles.EMPTY);
			}
			db.run("ingest-record-identify", "links", List.of(Map.of("table", claim.record().table(), "key",
					claim.record().key(), "partyId", decision.partyId(), "method", decision.method(), "score",
					decision.probability())));
		}
		profiles.add(decision.partyId(), properties);
		return decision.partyId();
	}

	/**
	 * What a party record holds: the claim's fields, contact points, kind, the record it came from and
	 * the log position of the change that wrote it (of two records seen in one transaction, the later
	 * change's is the newer).
	 */
	static Map<String, Object> properties(String source, PartyClaim claim, String derivedFrom, long lsn) {
		Map<String, Object> properties = new HashMap<>(claim.fields());
		properties.put("uid", claim.record().uid(source));
		properties.put("source", source);
		properties.put("table", claim.record().table());
		properties.put("partyKind", claim.kind().label());
		properties.put("emails", StoredLists.of(claim.emails()));
		properties.put("phones", StoredLists.of(claim.phones()));
		properties.put("domains", StoredLists.of(claim.domains()));
		properties.put("addresses", StoredLists.of((List<?>) claim.fields().get("addresses")));
		properties.put("derivedFrom", derivedFrom);
		properties.put("lsn", lsn);
		return properties;
	}

	/** Withdraws what the records a delete statement returned ({partyId, before}) said from their parties. */
	static void withdrawn(List<org.neo4j.driver.Value> deleted, Profiles profiles) {
		deleted.forEach(row -> profiles.withdraw(row.get("partyId").asString(), row.get("before").asMap()));
	}

}
