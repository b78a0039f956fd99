package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a batch that write records the graph has never seen and that no other change of
 * the batch touches: nothing of theirs needs retracting, so they can be written together
 * ({@link NewRecords}); the changes that bring a row exactly as its record holds it when they come, read under the
 * same mapping (a replayed snapshot, an update that changed nothing the mapping reads), which change nothing and are
 * left out; and for the others, the row their record holds when they come. Read from the batch's one lookup
 * ({@link HeldRecords}); a record that more than one change of the batch writes holds, for each after the first, the
 * row the change before brought — as if the changes had come one at a time.
 */
final class FreshRecords {

    private final Set<HeldRecords.Key> fresh;

    private final Set<RowChange> unchanged;

    private final Map<RowChange, String> held;

    private FreshRecords(Set<HeldRecords.Key> fresh, Set<RowChange> unchanged, Map<RowChange, String> held) {
        this.fresh = fresh;
        this.unchanged = unchanged;
        this.held = held;
    }

    /** Looks the changes' records up in the transaction. */
    static FreshRecords of(GraphWork.Cypher tx, RowApplier rows, List<ReadRow> changes) {
        return of(HeldRecords.of(tx, rows, changes), changes);
    }

    static FreshRecords of(HeldRecords records, List<ReadRow> changes) {
        Map<HeldRecords.Key, Integer> writes = new HashMap<>();
        changes.forEach(change -> writes.merge(HeldRecords.Key.of(change), 1, Integer::sum));
        Set<HeldRecords.Key> fresh = new HashSet<>();
        Set<RowChange> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<RowChange, String> held = new IdentityHashMap<>();
        // The current row each record holds before the change looked at (null: none, or none read under the mapping).
        Map<HeldRecords.Key, String> holds = new HashMap<>();
        for (ReadRow change : changes) {
            HeldRecords.Key key = HeldRecords.Key.of(change);
            if (key.tenant().equals(RowApplier.SYSTEM)) {
                continue;
            }
            boolean delete = change.change().op() == Op.DELETE;
            if (!holds.containsKey(key)) {
                HeldRecords.Held record = records.get(change);
                if (record == null && writes.get(key) == 1 && !delete) {
                    fresh.add(key);
                }
                holds.put(key, record != null && record.current() ? record.raw() : null);
            }
            String before = holds.get(key);
            if (!delete && before != null) {
                if (before.equals(change.raw())) {
                    unchanged.add(change.change());
                } else {
                    held.put(change.change(), before);
                }
            }
            // A row the mapping cannot read leaves its record in error: not current.
            holds.put(key, delete || change.problem() != null ? null : change.raw());
        }
        return new FreshRecords(fresh, unchanged, held);
    }

    /** Whether the change brings its row as its record holds it already. */
    boolean unchanged(ReadRow change) {
        return this.unchanged.contains(change.change());
    }

    /**
     * The row the change's record holds when it comes if current (live, read under the same mapping) and the change
     * brings another; null otherwise.
     */
    String held(ReadRow change) {
        return this.held.get(change.change());
    }

    /** Whether the change writes a record new to the graph. */
    boolean contains(ReadRow change) {
        return this.fresh.contains(HeldRecords.Key.of(change));
    }
}
