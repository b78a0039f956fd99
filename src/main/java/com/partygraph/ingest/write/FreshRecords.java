package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a batch that write records the graph has never seen and that no other change of
 * the batch touches: nothing of theirs needs retracting, so they can be written together
 * ({@link NewRecords}); the changes that bring a row exactly as its record already holds it,
 * read under the same mapping (a replayed snapshot), which change nothing and are left out; and for the
 * others, the row the graph holds of their record. Read from the batch's one lookup ({@link HeldRecords}).
 */
final class FreshRecords {

    private final Set<HeldRecords.Key> fresh;

    private final Set<HeldRecords.Key> unchanged;

    private final Map<HeldRecords.Key, String> held;

    private FreshRecords(
            Set<HeldRecords.Key> fresh, Set<HeldRecords.Key> unchanged, Map<HeldRecords.Key, String> held) {
        this.fresh = fresh;
        this.unchanged = unchanged;
        this.held = held;
    }

    /** Looks the changes' records up in the transaction. */
    static FreshRecords of(GraphWork.Cypher tx, RowApplier rows, List<ReadRow> changes) {
        return of(HeldRecords.of(tx, rows, changes), changes);
    }

    static FreshRecords of(HeldRecords records, List<ReadRow> changes) {
        Map<HeldRecords.Key, ReadRow> once = new HashMap<>();
        Set<HeldRecords.Key> repeated = new LinkedHashSet<>();
        for (ReadRow change : changes) {
            HeldRecords.Key key = HeldRecords.Key.of(change);
            if (once.putIfAbsent(key, change) != null) {
                repeated.add(key);
            }
        }
        Set<HeldRecords.Key> fresh = new HashSet<>();
        Set<HeldRecords.Key> unchanged = new HashSet<>();
        Map<HeldRecords.Key, String> held = new HashMap<>();
        once.forEach((key, change) -> {
            if (repeated.contains(key)
                    || change.change().op() == Op.DELETE
                    || key.tenant().equals(RowApplier.SYSTEM)) {
                return;
            }
            HeldRecords.Held record = records.get(change);
            if (record == null) {
                fresh.add(key);
            } else if (record.current() && record.raw() != null) {
                if (record.raw().equals(change.raw())) {
                    unchanged.add(key);
                } else {
                    held.put(key, record.raw());
                }
            }
        });
        return new FreshRecords(fresh, unchanged, held);
    }

    /** Whether the change brings its row as the graph holds it already. */
    boolean unchanged(ReadRow change) {
        return this.unchanged.contains(HeldRecords.Key.of(change));
    }

    /**
     * The row the graph holds of the change's record when it is current (live, read under the same mapping) and
     * the change brings another; null otherwise.
     */
    String held(ReadRow change) {
        return this.held.get(HeldRecords.Key.of(change));
    }

    /** Whether the change writes a record new to the graph. */
    boolean contains(ReadRow change) {
        return this.fresh.contains(HeldRecords.Key.of(change));
    }
}
