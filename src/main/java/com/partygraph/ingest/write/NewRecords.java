package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.resolution.decide.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes many rows the graph has no record of yet (a snapshot, a burst of inserts) with a fixed
 * number of statements, each over all of them, to the same outcome as writing them one by one: the
 * parties are the ones resolution decided, in row order ({@link Resolutions}), and a row may refer to
 * another row of the same run. Rows whose records exist already need their old assertions retracted first and
 * take the row-by-row path ({@link RowWriter}) instead.
 */
final class NewRecords {

    private final List<ReadRow> rows = new ArrayList<>();

    /** Adds a row read for its claims. */
    void add(ReadRow row) {
        this.rows.add(row);
    }

    /**
     * Writes the rows added so far and forgets them.
     * @return how many of them wait for rows they refer to
     */
    int write(Statements db, Resolutions resolutions) {
        String source = db.source();
        Map<RecordRef, String> parties = new HashMap<>();
        Map<String, String> made = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        Flush flush = new Flush(source, db);
        Outcomes outcomes = flush.outcomes;
        Profiles profiles = flush.profiles;
        for (ReadRow row : this.rows) {
            for (PartyClaim claim : row.plan().parties()) {
                Decision decision = row.decision(claim.record());
                String partyId = decision.partyId();
                parties.put(claim.record(), partyId);
                outcomes.add(claim, decision);
                if (decision.newParty() && !made.containsKey(partyId) && !resolutions.written(partyId)) {
                    made.put(partyId, claim.kind().label());
                    profiles.made(partyId);
                } else if (!made.containsKey(partyId) && resolutions.madeHere(partyId)) {
                    // Made by a row of this batch written before (or after, or rejected): make sure it is there.
                    known.add(partyId);
                }
            }
        }
        known.removeAll(made.keySet());
        resolutions.wrote(made.keySet());
        resolutions.wrote(known);
        if (!known.isEmpty()) {
            db.run(
                    "ingest-party-ensure",
                    "parties",
                    known.stream()
                            .map(id -> {
                                Map<String, Object> party = new HashMap<>();
                                party.put("id", id);
                                party.put("kindLabel", outcomes.kindOf(id));
                                party.put("order", resolutions.order(db.tenant(), id));
                                return party;
                            })
                            .toList(),
                    "emptyProfile",
                    Profiles.EMPTY);
        }
        RowWriter.resolve(
                db,
                this.rows.stream()
                        .flatMap(row -> row.plan().references().stream())
                        .toList(),
                parties);

        List<Map<String, Object>> records = new ArrayList<>();
        int pending = 0;
        for (ReadRow row : this.rows) {
            pending += record(source, db.mapping(), row, parties, flush, records) ? 0 : 1;
        }
        if (!made.isEmpty()) {
            List<Map<String, Object>> created = profiles.created(made);
            created.forEach(party -> party.put("order", resolutions.order(db.tenant(), (String) party.get("id"))));
            db.run("ingest-party-create", "parties", created);
        }
        db.run("ingest-records-create", "records", records);
        records.stream()
                .filter(record -> record.get("partyId") != null)
                .forEach(record -> flush.timeline.linked(
                        (String) record.get("partyId"),
                        source + "/" + record.get("table") + "/" + record.get("key"),
                        (String) record.get("method")));
        flush.write(db, new EdgeAssertions());
        this.rows.clear();
        return pending;
    }

    /** Adds the row's records and assertions; false when it refers to a row not seen yet. */
    private static boolean record(
            String source,
            String mapping,
            ReadRow row,
            Map<RecordRef, String> parties,
            Flush flush,
            List<Map<String, Object>> records) {
        RowChange change = row.change();
        RecordRef self = new RecordRef(change.table(), change.key());
        String uid = self.uid(source);
        Map<String, Object> own = new HashMap<>();
        List<String> derived = new ArrayList<>();
        for (PartyClaim claim : row.plan().parties()) {
            boolean isSelf = claim.record().equals(self);
            Map<String, Object> properties = PartyRecords.properties(
                    source, claim, isSelf ? null : uid, change.position().lsn());
            flush.profiles.add(parties.get(claim.record()), properties);
            if (isSelf) {
                own.putAll(properties);
            } else {
                records.add(
                        record(claim.record(), properties, parties.get(claim.record()), row.decision(claim.record())));
                derived.add(claim.record().key());
            }
        }
        Map<String, Object> state = flush.state(uid, row, derived, parties);
        own.putAll(state);
        own.put("uid", uid);
        own.put("mapping", mapping);
        own.put("raw", row.raw());
        own.put("position", RowWriter.position(change));
        own.put("operation", RowWriter.operation(change));
        records.add(record(self, own, parties.get(self), row.decisions().get(self)));
        return !Flush.pending(state);
    }

    /** @param decision how the record's party was decided; null for a record that describes no party */
    private static Map<String, Object> record(
            RecordRef ref, Map<String, Object> properties, String partyId, Decision decision) {
        Map<String, Object> record = new HashMap<>();
        record.put("table", ref.table());
        record.put("key", ref.key());
        record.put("properties", properties);
        record.put("partyId", partyId);
        record.put("method", decision == null ? null : decision.method());
        record.put("score", decision == null ? null : decision.probability());
        return record;
    }
}
