package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.Claims.RecordRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one ordered flush that ends every write of rows, new ({@link NewRecords}) or changed ({@link RowWriter}):
 * the roles asserted, the records' outcomes (links, merges, suggestions), the parties' survivorship profiles, the
 * edges, roles and activities the rows assert, and the timeline, in that order because each reads what the one
 * before wrote; and what each row's record says of itself once written (what it asserts, whether it waits for
 * rows it refers to, its field warnings).
 */
final class Flush {

    final Outcomes outcomes;

    final Profiles profiles;

    final Assertions assertions = new Assertions();

    final Timeline timeline = new Timeline();

    Flush(String source, Statements db) {
        this.outcomes = new Outcomes(source);
        this.profiles = new Profiles(db.survivorship());
    }

    /**
     * What the row's record {@code uid} says of itself once written: {@code asserts}, {@code derived},
     * {@code syncStatus} (pending while a row it refers to is unknown), {@code pendingOn} and {@code warnings}.
     */
    Map<String, Object> state(String uid, ReadRow row, List<String> derived, Map<RecordRef, String> parties) {
        List<String> missing = row.plan().references().stream()
                .filter(ref -> !parties.containsKey(ref))
                .map(ref -> ref.table() + "/" + ref.key())
                .toList();
        Map<String, Object> state = new HashMap<>();
        state.put("asserts", StoredLists.of(this.assertions.add(uid, row.plan(), parties, row.keepsRoles())));
        state.put("derived", StoredLists.of(derived));
        state.put("syncStatus", missing.isEmpty() ? "synced" : "pending");
        state.put("pendingOn", missing.isEmpty() ? null : missing);
        state.put(
                "warnings", row.plan().warnings().isEmpty() ? null : row.plan().warnings());
        return state;
    }

    /** Whether a record's {@link #state} waits for rows it refers to. */
    static boolean pending(Map<String, Object> state) {
        return state.get("pendingOn") != null;
    }

    /** Writes what was gathered, in order; {@code retracted} are the edges the rows' records asserted before. */
    void write(Statements db, EdgeAssertions retracted) {
        this.timeline.rolesAsserting(db, this.assertions.roles(), this.profiles::madeHere);
        this.outcomes.write(db, this.profiles, this.timeline);
        this.profiles.write(db);
        this.assertions.write(db, retracted);
        this.timeline.write(db);
    }
}
