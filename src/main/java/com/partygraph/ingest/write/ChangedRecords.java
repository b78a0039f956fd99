package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A run of consecutive changes of records the graph may hold (updates, deletes) gathered to be written
 * together by {@link RowWriter}, per tenant, to the same outcome as writing them one by one in order. A
 * change joins the run only when its place in it does not matter: it writes no record the run writes
 * already (the same key twice in a batch keeps log order across runs), writes no record a change of the
 * run referred to (that change saw the record's old party), and neither it nor the run merges parties (a
 * merge moves records the changes after it would find moved). Not thread-safe; one per batch.
 */
final class ChangedRecords {

    private final Map<Tenant, List<ReadRow>> rows = new LinkedHashMap<>();

    private final Set<List<Object>> written = new HashSet<>();

    private final Set<List<Object>> referenced = new HashSet<>();

    private boolean merging;

    /** Whether the change can join the run; a change that cannot is written after the run is. */
    boolean accepts(ReadRow row) {
        if (this.rows.isEmpty()) {
            return true;
        }
        if (this.merging || merges(row)) {
            return false;
        }
        return writes(row).stream().noneMatch(key -> this.written.contains(key) || this.referenced.contains(key));
    }

    void add(ReadRow row) {
        this.rows.computeIfAbsent(row.tenant(), tenant -> new ArrayList<>()).add(row);
        this.written.addAll(writes(row));
        if (row.plan() != null) {
            row.plan().references().forEach(ref -> this.referenced.add(key(row.tenant(), ref)));
        }
        this.merging |= merges(row);
    }

    boolean isEmpty() {
        return this.rows.isEmpty();
    }

    /** Whether the run writes rows (not only deletes them). */
    boolean upserts() {
        return this.rows.values().stream()
                .flatMap(List::stream)
                .anyMatch(row -> row.change().op() != Op.DELETE);
    }

    /** The tenants of which the run deletes rows. */
    Set<Tenant> deleting() {
        Set<Tenant> tenants = new LinkedHashSet<>();
        this.rows.forEach((tenant, rows) -> {
            if (rows.stream().anyMatch(row -> row.change().op() == Op.DELETE)) {
                tenants.add(tenant);
            }
        });
        return tenants;
    }

    /**
     * Writes the run, each tenant's changes together, and starts a new one.
     * @return how many of the changes wait for rows they refer to
     */
    int write(Function<Tenant, Statements> statements, Resolutions resolutions) {
        int pending = 0;
        for (var entry : this.rows.entrySet()) {
            pending += RowWriter.write(statements.apply(entry.getKey()), entry.getValue(), resolutions);
        }
        this.rows.clear();
        this.written.clear();
        this.referenced.clear();
        this.merging = false;
        return pending;
    }

    private static boolean merges(ReadRow row) {
        return row.decisions().values().stream()
                .anyMatch(decision -> !decision.absorbed().isEmpty());
    }

    /** The records the change writes: its own and, for an upsert, those its columns describe. */
    private static List<List<Object>> writes(ReadRow row) {
        RecordRef self = new RecordRef(row.change().table(), row.change().key());
        List<List<Object>> keys = new ArrayList<>();
        keys.add(key(row.tenant(), self));
        if (row.change().op() != Op.DELETE && row.plan() != null) {
            for (PartyClaim claim : row.plan().parties()) {
                keys.add(key(row.tenant(), claim.record()));
            }
        }
        return keys;
    }

    private static List<Object> key(Tenant tenant, RecordRef ref) {
        return List.of(tenant, ref.table(), ref.key());
    }
}
