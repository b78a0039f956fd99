package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.ingest.apply.Claims.RecordRef;
import com.partygraph.ingest.apply.Claims.RowPlan;

/**
 * Writes many rows the graph has no record of yet (a snapshot, a burst of inserts) with a fixed
 * number of statements, each over all of them, to the same outcome as writing them one by one: the
 * parties are found or made in row order ({@link PartyAssigner}), and a row may refer to another row
 * of the same run. Rows whose records exist already need their old assertions retracted first and
 * take the row-by-row path ({@link RowWriter}) instead.
 */
final class NewRecords {

	private final List<Row> rows = new ArrayList<>();

	/** One new row, interpreted. */
	record Row(RowChange change, String raw, RowPlan plan) {
	}

	void add(RowChange change, String raw, RowPlan plan) {
		this.rows.add(new Row(change, raw, plan));
	}

	boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * Writes the rows added so far and forgets them.
	 * @return how many of them wait for rows they refer to
	 */
	int write(Statements db) {
		String source = db.source();
		PartyAssigner assigner = PartyAssigner
			.lookUp(db, this.rows.stream().flatMap(row -> row.plan().parties().stream()).toList());
		Map<RecordRef, String> parties = new HashMap<>();
		Set<String> derive = new LinkedHashSet<>();
		Map<String, PartyDerivation> made = new LinkedHashMap<>();
		for (Row row : this.rows) {
			RecordRef self = new RecordRef(row.change().table(), row.change().key());
			for (PartyClaim claim : row.plan().parties()) {
				PartyAssigner.Assigned assigned = assigner.assign(claim);
				parties.put(claim.record(), assigned.partyId());
				if (assigner.made().size() > made.size()) {
					made.put(assigned.partyId(), new PartyDerivation());
				}
				PartyDerivation derivation = made.get(assigned.partyId());
				if (derivation != null) {
					derivation.add(new PartyDerivation.Record(claim, claim.record().equals(self),
							row.change().position().lsn(), claim.record().uid(source)));
				}
				else if (assigned.derive()) {
					derive.add(assigned.partyId());
				}
			}
		}
		RowWriter.resolve(db, this.rows.stream().flatMap(row -> row.plan().references().stream()).toList(), parties);

		Assertions assertions = new Assertions();
		List<Map<String, Object>> records = new ArrayList<>();
		int pending = 0;
		for (Row row : this.rows) {
			pending += record(source, row, parties, assertions, records) ? 0 : 1;
		}
		if (!made.isEmpty()) {
			List<Map<String, Object>> created = new ArrayList<>();
			made.forEach((id, derivation) -> created.add(derivation.party(id, source)));
			db.run("ingest-party-create", "parties", created);
		}
		db.run("ingest-records-create", "records", records);
		// Parties known before this batch that records joined: derived again from all their records.
		PartyRecords.refresh(db, derive);
		assertions.write(db);
		this.rows.clear();
		return pending;
	}

	/** Adds the row's records and assertions; false when it refers to a row not seen yet. */
	private static boolean record(String source, Row row, Map<RecordRef, String> parties, Assertions assertions,
			List<Map<String, Object>> records) {
		RowChange change = row.change();
		RecordRef self = new RecordRef(change.table(), change.key());
		String uid = self.uid(source);
		Map<String, Object> own = new HashMap<>();
		List<String> derived = new ArrayList<>();
		for (PartyClaim claim : row.plan().parties()) {
			if (claim.record().equals(self)) {
				own.putAll(PartyRecords.properties(source, claim, null, change.position().lsn()));
			}
			else {
				records.add(record(claim.record(), PartyRecords.properties(source, claim, uid, change.position().lsn()),
						parties.get(claim.record())));
				derived.add(claim.record().key());
			}
		}
		List<String> missing = row.plan().references().stream().filter(ref -> !parties.containsKey(ref))
			.map(ref -> ref.table() + "/" + ref.key()).toList();
		own.put("uid", uid);
		own.put("raw", row.raw());
		own.put("position", RowWriter.position(change));
		own.put("operation", RowWriter.operation(change));
		own.put("asserts", List.copyOf(assertions.add(uid, row.plan(), parties)));
		own.put("derived", derived);
		own.put("syncStatus", missing.isEmpty() ? "synced" : "pending");
		own.put("pendingOn", missing.isEmpty() ? null : missing);
		records.add(record(self, own, parties.get(self)));
		return missing.isEmpty();
	}

	private static Map<String, Object> record(RecordRef ref, Map<String, Object> properties, String partyId) {
		Map<String, Object> record = new HashMap<>();
		record.put("table", ref.table());
		record.put("key", ref.key());
		record.put("properties", properties);
		record.put("partyId", partyId);
		return record;
	}

}
