package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.HashMap;
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
		List<PartyClaim> claims = this.rows.stream().flatMap(row -> row.plan().parties().stream()).toList();
		PartyAssigner assigner = PartyAssigner.lookUp(db, claims);
		Map<RecordRef, String> parties = new HashMap<>();
		Set<String> derive = new LinkedHashSet<>();
		List<Map<String, Object>> links = new ArrayList<>();
		for (PartyClaim claim : claims) {
			PartyAssigner.Assigned assigned = assigner.assign(claim);
			parties.put(claim.record(), assigned.partyId());
			links.add(PartyRecords.link(claim, assigned.partyId()));
			if (assigned.derive()) {
				derive.add(assigned.partyId());
			}
		}
		List<RecordRef> references = this.rows.stream().flatMap(row -> row.plan().references().stream()).toList();
		RowWriter.resolve(db, references, parties);

		Assertions assertions = new Assertions();
		List<Map<String, Object>> records = new ArrayList<>();
		int pending = 0;
		for (Row row : this.rows) {
			pending += record(db.source(), row, parties, assertions, records) ? 0 : 1;
		}
		if (!assigner.made().isEmpty()) {
			db.run("ingest-party-create", "parties", assigner.made());
		}
		db.run("ingest-records-create", "records", records);
		if (!links.isEmpty()) {
			db.run("ingest-record-identify", "links", links);
		}
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
				records.add(record(claim.record(), PartyRecords.properties(source, claim, uid, change.position().lsn())));
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
		records.add(record(self, own));
		return missing.isEmpty();
	}

	private static Map<String, Object> record(RecordRef ref, Map<String, Object> properties) {
		return Map.of("table", ref.table(), "key", ref.key(), "properties", properties);
	}

}
