package com.partygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events a write adds to parties' timelines — a record linked to a party or unlinked from it (moved,
 * deleted), a party merged into another, a role the party takes that it did not hold or no longer holds
 * from any record (a role a row gives again on an update is no event) — written together at the end of the write
 * ({@code timeline-append}). Events are appended, never rewritten. Whether a party held a role is read from the graph
 * only where the write cannot know it: a party the write made held none before, and a role the write asserts is held
 * after it. Not thread-safe; one per write.
 */
final class Timeline {

    private final List<Map<String, Object>> events = new ArrayList<>();

    // Each (party, role code) the write touches, and whether the party held the role before it.
    private final Map<List<String>, Boolean> rolesBefore = new LinkedHashMap<>();

    // The (party, role code) pairs the write asserts, held once it is done.
    private final Set<List<String>> asserted = new HashSet<>();

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

    /**
     * Before roles are asserted ({partyId, code}): whether the parties held them already, from other records; a party
     * the write {@code made} held none.
     */
    void rolesAsserting(Statements db, List<Map<String, Object>> roles, Predicate<String> made) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Map<String, Object> role : roles) {
            List<String> pair = List.of((String) role.get("partyId"), (String) role.get("code"));
            if (this.asserted.add(pair) && !this.rolesBefore.containsKey(pair)) {
                if (made.test(pair.get(0))) {
                    this.rolesBefore.put(pair, false);
                } else {
                    pairs.add(Map.of("partyId", pair.get(0), "code", pair.get(1)));
                }
            }
        }
        if (!pairs.isEmpty()) {
            this.rolesBefore.putAll(held(db, List.of(), pairs));
        }
    }

    /** After the write: a role held now and not before was added, one held before and not now ended. */
    private void rolesWritten(Statements db) {
        if (this.rolesBefore.isEmpty()) {
            return;
        }
        // Only a role the write withdrew and did not assert again may have ended: that is read.
        List<Map<String, Object>> pairs = this.rolesBefore.keySet().stream()
                .filter(pair -> !this.asserted.contains(pair))
                .map(pair -> Map.<String, Object>of("partyId", pair.get(0), "code", pair.get(1)))
                .toList();
        Map<List<String>, Boolean> after = pairs.isEmpty() ? Map.of() : held(db, List.of(), pairs);
        this.rolesBefore.forEach((pair, before) -> {
            boolean now = this.asserted.contains(pair) || after.getOrDefault(pair, false);
            if (now && !before) {
                add(pair.get(0), "role-added", null, pair.get(1));
            } else if (before && !now) {
                add(pair.get(0), "role-ended", null, pair.get(1));
            }
        });
        this.rolesBefore.clear();
        this.asserted.clear();
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
