package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.resolution.decide.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Value;

/**
 * Writes changes of records the graph may hold already (updates, deletes, rows seen before), any number
 * of them of one tenant, with a fixed number of statements of each kind over all of them, so that a
 * burst of updates costs about what a burst of inserts does ({@link NewRecords}). An upsert retracts what
 * the record asserted before and asserts what the row says now; a delete retracts and marks the record
 * deleted, and parties no live record supports any more are pruned. Claims that refer to rows not seen
 * yet leave the record pending. The changes must be independent of each other's order: no record written
 * twice, none referred to by a change before the one that rewrites it, no merge but in a change of its
 * own ({@link ChangedRecords} groups them so).
 */
final class RowWriter {

    private RowWriter() {}

    /**
     * Writes the changes, all of one tenant and all mappable.
     * @return how many of them wait for rows they refer to
     */
    static int write(Statements db, List<ReadRow> rows, Resolutions resolutions) {
        String source = db.source();
        List<ReadRow> upserts =
                rows.stream().filter(row -> row.change().op() != Op.DELETE).toList();
        List<ReadRow> deletes =
                rows.stream().filter(row -> row.change().op() == Op.DELETE).toList();
        Map<List<String>, Value> before = new HashMap<>();
        if (!upserts.isEmpty()) {
            db.run(
                            "ingest-records-upsert",
                            "records",
                            upserts.stream()
                                    .map(row -> Map.<String, Object>of(
                                            "table",
                                            row.change().table(),
                                            "key",
                                            row.change().key(),
                                            "uid",
                                            uid(source, row.change()),
                                            "raw",
                                            row.raw(),
                                            "position",
                                            position(row.change()),
                                            "operation",
                                            operation(row.change())))
                                    .toList())
                    .forEach(found -> before.put(key(found), found));
        }
        if (!deletes.isEmpty()) {
            db.run(
                            "ingest-records-state",
                            "refs",
                            deletes.stream()
                                    .map(row -> Map.<String, Object>of(
                                            "table",
                                            row.change().table(),
                                            "key",
                                            row.change().key()))
                                    .toList())
                    .forEach(found -> before.put(key(found), found));
        }
        // Roles an update gives as its record gave them, to parties it keeps, are neither withdrawn nor asserted again;
        // edges between the same parties are not withdrawn: asserting them again replaces the record's assertion.
        Map<List<String>, ReadRow> byKey = new HashMap<>();
        upserts.forEach(
                row -> byKey.put(List.of(row.change().table(), row.change().key()), row));
        List<Map<String, Object>> retract = new ArrayList<>();
        List<String> rolesRetracted = new ArrayList<>();
        before.forEach((key, found) -> {
            String uid = new RecordRef(
                            found.get("table").asString(), found.get("key").asString())
                    .uid(source);
            ReadRow row = byKey.get(key);
            if (row != null && row.withdrawsNothing()) {
                return;
            }
            boolean roles = row == null || !row.keepsRoles();
            boolean edges = row == null || !row.keepsEdges();
            retract.add(Map.of(
                    "uid",
                    uid,
                    "parties",
                    found.get("asserts").asList(Value::asString),
                    "roles",
                    roles,
                    "edges",
                    edges));
            if (roles) {
                rolesRetracted.add(uid);
            }
        });
        Flush flush = new Flush(source, db);
        Timeline timeline = flush.timeline;
        timeline.rolesRetracted(db, rolesRetracted);
        EdgeAssertions retracted = new EdgeAssertions();
        if (!retract.isEmpty()) {
            retracted.add(db.run("ingest-records-retract", "records", retract));
        }

        Profiles profiles = flush.profiles;
        Outcomes outcomes = flush.outcomes;
        Map<RecordRef, String> parties = new HashMap<>();
        Map<ReadRow, List<String>> derived = new IdentityHashMap<>();
        List<PartyRecords.Link> links = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        for (ReadRow row : upserts) {
            RowChange change = row.change();
            RecordRef self = new RecordRef(change.table(), change.key());
            List<String> keys = new ArrayList<>();
            for (PartyClaim claim : row.plan().parties()) {
                boolean isDerived = !claim.record().equals(self);
                Decision decision = row.decision(claim.record());
                outcomes.add(claim, decision);
                // A party record written as it is and kept with its party: its party is not touched (a change of
                // a contact's title writes the edge, not the person).
                if (!row.keeps(claim.record())) {
                    links.add(new PartyRecords.Link(
                            claim,
                            decision,
                            isDerived ? self.uid(source) : null,
                            change.position().lsn()));
                }
                parties.put(claim.record(), decision.partyId());
                if (isDerived) {
                    keys.add(claim.record().key());
                }
            }
            derived.put(row, keys);
            before.get(List.of(change.table(), change.key())).get("derived").asList(Value::asString).stream()
                    .filter(key -> !keys.contains(key))
                    .forEach(key ->
                            removed.add(Map.of("table", change.table(), "key", key, "position", position(change))));
        }
        PartyRecords.link(db, links, resolutions, profiles, timeline);
        List<String> activities = new ArrayList<>();
        for (ReadRow row : deletes) {
            RowChange change = row.change();
            Value found = before.get(List.of(change.table(), change.key()));
            if (found == null) {
                continue;
            }
            activities.add(uid(source, change));
            removed.add(Map.of("table", change.table(), "key", change.key(), "position", position(change)));
            found.get("derived")
                    .asList(Value::asString)
                    .forEach(key ->
                            removed.add(Map.of("table", change.table(), "key", key, "position", position(change))));
        }
        if (!activities.isEmpty()) {
            db.run("ingest-activities-delete", "uids", activities);
        }
        if (!removed.isEmpty()) {
            PartyRecords.withdrawn(db.run("ingest-records-delete", "records", removed), profiles, timeline);
        }

        resolve(
                db,
                upserts.stream()
                        .flatMap(row -> row.plan().references().stream())
                        .toList(),
                parties);
        List<Map<String, Object>> finished = new ArrayList<>();
        int pending = 0;
        for (ReadRow row : upserts) {
            RowChange change = row.change();
            Map<String, Object> finish = flush.state(uid(source, change), row, derived.get(row), parties);
            finish.put("table", change.table());
            finish.put("key", change.key());
            finished.add(finish);
            pending += Flush.pending(finish) ? 1 : 0;
        }
        flush.write(db, retracted);
        if (!finished.isEmpty()) {
            db.run("ingest-records-finish", "records", finished);
        }
        return pending;
    }

    private static List<String> key(Value found) {
        return List.of(found.get("table").asString(), found.get("key").asString());
    }

    private static String uid(String source, RowChange change) {
        return new RecordRef(change.table(), change.key()).uid(source);
    }

    static void error(Statements db, RowChange change, String raw, String reason) {
        String uid = new RecordRef(change.table(), change.key()).uid(db.source());
        // The same bad row delivered again (a replay) is the same error, not a new one.
        String id = UUID.nameUUIDFromBytes(
                        (uid + "\n" + reason + "\n" + raw).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        db.run(
                "sync-error-record",
                "table",
                change.table(),
                "key",
                change.key(),
                "uid",
                uid,
                "raw",
                raw,
                "reason",
                reason,
                "id",
                id,
                "operation",
                operation(change),
                "position",
                position(change));
    }

    static List<String> resolve(Statements db, List<RecordRef> refs, Map<RecordRef, String> parties) {
        List<RecordRef> unknown =
                refs.stream().filter(ref -> !parties.containsKey(ref)).toList();
        if (!unknown.isEmpty()) {
            List<Map<String, String>> keys = unknown.stream()
                    .map(ref -> Map.of("table", ref.table(), "key", ref.key()))
                    .toList();
            db.run("ingest-refs-resolve", "refs", keys)
                    .forEach(row -> parties.put(
                            new RecordRef(
                                    row.get("table").asString(), row.get("key").asString()),
                            row.get("partyId").asString()));
        }
        return unknown.stream()
                .filter(ref -> !parties.containsKey(ref))
                .map(ref -> ref.table() + "/" + ref.key())
                .toList();
    }

    static String operation(RowChange change) {
        return change.op().name().toLowerCase(Locale.ROOT);
    }

    static String position(RowChange change) {
        return change.position().snapshot()
                ? "snapshot@" + change.position().lsn()
                : change.position().commitLsn() + ":" + change.position().lsn();
    }

    /** A position as {@link #position(RowChange)} stores it; one not stored (or unreadable) as a snapshot's. */
    static RowChange.Position position(String stored) {
        if (stored.startsWith("snapshot@")) {
            return new RowChange.Position(0, Long.parseLong(stored.substring("snapshot@".length())), true);
        }
        int colon = stored.indexOf(':');
        return colon < 0
                ? new RowChange.Position(0, 0, true)
                : new RowChange.Position(
                        Long.parseLong(stored.substring(0, colon)), Long.parseLong(stored.substring(colon + 1)), false);
    }
}
