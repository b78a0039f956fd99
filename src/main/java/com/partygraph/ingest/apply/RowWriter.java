package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.ingest.apply.Claims.RecordRef;
import com.partygraph.ingest.apply.Claims.RowPlan;
import com.partygraph.resolution.decide.Decision;

/**
 * Writes one row change: upsert retracts what the record asserted before and asserts what the row
 * says now; delete retracts and removes parties no live record supports; a row that cannot be
 * mapped becomes a sync error. Claims that refer to rows not seen yet leave the record pending.
 */
final class RowWriter {

	private RowWriter() {
	}

	/** @return true when everything applied, false when the record waits for rows it refers to */
	static boolean upsert(Statements db, ReadRow row, Resolutions resolutions) {
		RowChange change = row.change();
		String raw = row.raw();
		RowPlan plan = row.plan();
		RecordRef self = new RecordRef(change.table(), change.key());
		String uid = self.uid(db.source());
		var previous = db.run("ingest-record-upsert", "table", change.table(), "key", change.key(), "uid", uid,
				"raw", raw, "position", position(change), "operation", operation(change)).get(0);
		List<String> previousAsserts = previous.get("asserts").asList(v -> v.asString());
		List<String> previousDerived = previous.get("derived").asList(v -> v.asString());
		EdgeAssertions retracted = new EdgeAssertions().add(db.run("ingest-retract", "uid", uid, "parties",
				previousAsserts));

		Map<RecordRef, String> parties = new HashMap<>();
		List<String> derived = new ArrayList<>();
		Outcomes outcomes = new Outcomes(db.source());
		Profiles profiles = new Profiles(db.survivorship());
		for (PartyClaim claim : plan.parties()) {
			boolean isDerived = !claim.record().equals(self);
			Decision decision = row.decision(claim.record());
			outcomes.add(claim, decision);
			parties.put(claim.record(), PartyRecords.link(db, claim, decision, resolutions.madeHere(decision.partyId()),
					isDerived ? uid : null, change.position().lsn(), profiles));
			if (isDerived) {
				derived.add(claim.record().key());
			}
		}
		List<String> dropped = previousDerived.stream().filter(key -> !derived.contains(key)).toList();
		if (!dropped.isEmpty()) {
			PartyRecords.withdrawn(db.run("ingest-record-delete", "table", change.table(), "keys", dropped, "position",
					position(change)), profiles);
		}

		List<String> missing = resolve(db, plan.references(), parties);
		Assertions assertions = new Assertions();
		Set<String> asserts = assertions.add(uid, plan, parties);
		outcomes.write(db, profiles);
		profiles.write(db);
		assertions.write(db, retracted);
		db.run("ingest-record-finish", "table", change.table(), "key", change.key(), "asserts", StoredLists.of(asserts),
				"derived", StoredLists.of(derived), "status", missing.isEmpty() ? "synced" : "pending", "pendingOn",
				missing.isEmpty() ? null : missing);
		return missing.isEmpty();
	}

	static void delete(Statements db, RowChange change) {
		String uid = new RecordRef(change.table(), change.key()).uid(db.source());
		var state = db.run("ingest-record-state", "table", change.table(), "key", change.key());
		if (state.isEmpty()) {
			return;
		}
		List<String> asserts = state.get(0).get("asserts").asList(v -> v.asString());
		List<String> keys = new ArrayList<>(state.get(0).get("derived").asList(v -> v.asString()));
		keys.add(change.key());
		new EdgeAssertions().add(db.run("ingest-retract", "uid", uid, "parties", asserts)).summarize(db);
		db.run("ingest-activity-delete", "uid", uid);
		Profiles profiles = new Profiles(db.survivorship());
		PartyRecords.withdrawn(db.run("ingest-record-delete", "table", change.table(), "keys", keys, "position",
				position(change)), profiles);
		profiles.write(db);
	}

	static void error(Statements db, RowChange change, String raw, String reason) {
		String uid = new RecordRef(change.table(), change.key()).uid(db.source());
		// The same bad row delivered again (a replay) is the same error, not a new one.
		String id = UUID.nameUUIDFromBytes((uid + "\n" + reason + "\n" + raw).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.toString();
		db.run("sync-error-record", "table", change.table(), "key", change.key(), "uid", uid, "raw", raw, "reason",
				reason, "id", id, "operation", operation(change), "position", position(change));
	}

	static List<String> resolve(Statements db, List<RecordRef> refs, Map<RecordRef, String> parties) {
		List<RecordRef> unknown = refs.stream().filter(ref -> !parties.containsKey(ref)).toList();
		if (!unknown.isEmpty()) {
			List<Map<String, String>> keys = unknown.stream().map(ref -> Map.of("table", ref.table(), "key", ref.key()))
				.toList();
			db.run("ingest-refs-resolve", "refs", keys)
				.forEach(row -> parties.put(new RecordRef(row.get("table").asString(), row.get("key").asString()),
						row.get("partyId").asString()));
		}
		return unknown.stream().filter(ref -> !parties.containsKey(ref)).map(ref -> ref.table() + "/" + ref.key())
			.toList();
	}

	static String operation(RowChange change) {
		return change.op().name().toLowerCase(Locale.ROOT);
	}

	static String position(RowChange change) {
		return change.position().snapshot() ? "snapshot@" + change.position().lsn()
				: change.position().commitLsn() + ":" + change.position().lsn();
	}

}
