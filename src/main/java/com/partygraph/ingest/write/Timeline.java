package com.partygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a write adds to parties' timelines — a record linked to a party or unlinked from it (moved,
 * deleted), a party merged into another, a role the party takes that it did not hold or no longer holds
 * from any record (a role a row gives again on an update is no event) — written together at the end of the write
 * ({@code timeline-append}). Events are appended, never rewritten. Not thread-safe; one per write.
 */
final class Timeline {

    private final List<Map<String, Object>> events = new ArrayList<>();

    // Each (party, role code) the write touches, and whether the party held the role before it.
    private final Map<List<String>, Boolean> rolesBefore = new LinkedHashMap<>();

    void linked(String partyId, String record, String method) {
        add(partyId, "record-linked", record, method);
    }

    void unlinked(String partyId, String record, String why) {
        add(partyId, "record-unlinked", record, why);
    }

    /** Before the records {@code uids} are retracted: the roles they gave were held. */
    void rolesRetracted(Statements db, List<String> uids) {
        if (!uids.isEmpty()) {
            held(db, uids, List.of()).keySet().forEach(pair -> this.rolesBefore.put(pair, true));
        }
    }

    /** Before roles are asserted ({partyId, code}): whether the parties held them already, from other records. */
    void rolesAsserting(Statements db, List<Map<String, Object>> roles) {
        List<Map<String, Object>> pairs = roles.stream()
                .map(role -> Map.<String, Object>of("partyId", role.get("partyId"), "code", role.get("code")))
                .filter(pair ->
                        !this.rolesBefore.containsKey(List.of((String) pair.get("partyId"), (String) pair.get("code"))))
                .distinct()
                .toList();
        if (!pairs.isEmpty()) {
            this.rolesBefore.putAll(held(db, List.of(), pairs));
        }
    }

    /** After the write: a role held now and not before was added, one held before and not now ended. */
    private void rolesWritten(Statements db) {
        if (this.rolesBefore.isEmpty()) {
            return;
        }
        List<Map<String, Object>> pairs = this.rolesBefore.keySet().stream()
                .map(pair -> Map.<String, Object>of("partyId", pair.get(0), "code", pair.get(1)))
                .toList();
        Map<List<String>, Boolean> after = held(db, List.of(), pairs);
        this.rolesBefore.forEach((pair, before) -> {
            boolean now = after.getOrDefault(pair, false);
            if (now && !before) {
                add(pair.get(0), "role-added", null, pair.get(1));
            } else if (before && !now) {
                add(pair.get(0), "role-ended", null, pair.get(1));
            }
        });
        this.rolesBefore.clear();
    }

    private static Map<List<String>, Boolean> held(Statements db, List<String> uids, List<Map<String, Object>> pairs) {
        Map<List<String>, Boolean> held = new LinkedHashMap<>();
        db.run("ingest-roles-held", "uids", uids, "pairs", pairs)
                .forEach(row -> held.put(
                        List.of(row.get("partyId").asString(), row.get("code").asString()),
                        row.get("held").asBoolean()));
        return held;
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
        rolesWritten(db);
        if (!this.events.isEmpty()) {
            db.run("timeline-append", "events", this.events);
            this.events.clear();
        }
    }
}
