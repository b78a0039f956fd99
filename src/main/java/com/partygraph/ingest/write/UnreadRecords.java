package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * The live records of a source whose rows a snapshot did not read: when a snapshot reads a source the graph already
 * holds (its log position was lost, or its offsets were deleted to read it again), the rows deleted in the meantime
 * left no delete to stream, and their records are withdrawn as deletes at the snapshot's end instead. Records
 * derived from other rows, and the sync errors of rows without a key, are no rows of the source's and are left out;
 * so are the sync errors of rows that name no tenant (the engine's tenant), which a delete would not withdraw either.
 */
final class UnreadRecords {

    private static final int CHUNK = 1000;

    private final GraphWork graph;

    private final RowApplier rows;

    private final Iterable<String> tables;

    UnreadRecords(GraphWork graph, RowApplier rows, Iterable<String> tables) {
        this.graph = graph;
        this.rows = rows;
        this.tables = tables;
    }

    /** The tenants holding live records of this source, at most {@code limit}; not the engine's own. */
    List<Tenant> tenants(int limit) {
        return this.graph.write(
                tx -> this.rows
                        .statements(tx, RowApplier.SYSTEM)
                        .run("ingest-source-tenants", "limit", limit, "reserved", "_")
                        .stream()
                        .map(row -> Tenant.named(row.get("tenant").asString()))
                        .toList());
    }

    /**
     * A delete at {@code at} of every live record of this source whose key is not among {@code read} (by table),
     * carrying the row as the graph holds it (so that the delete finds its tenant as an update would).
     */
    List<RowChange> deletes(Map<String, Set<String>> read, RowChange.Position at) {
        List<RowChange> deletes = new ArrayList<>();
        for (Tenant tenant : tenants(Integer.MAX_VALUE)) {
            for (String table : this.tables) {
                Set<String> found = read.getOrDefault(table, Set.of());
                List<String> gone = this.graph.write(
                        tx -> this.rows.statements(tx, tenant).run("reconcile-records", "table", table).stream()
                                .map(row -> row.get("key").asString())
                                .filter(key -> !key.startsWith(RowChange.NO_KEY) && !found.contains(key))
                                .toList());
                for (int from = 0; from < gone.size(); from += CHUNK) {
                    List<Map<String, Object>> refs = gone.subList(from, Math.min(gone.size(), from + CHUNK)).stream()
                            .map(key -> Map.<String, Object>of("table", table, "key", key))
                            .toList();
                    List<Value> held = this.graph.write(
                            tx -> this.rows.statements(tx, tenant).run("ingest-records-raw", "refs", refs));
                    held.forEach(row -> deletes.add(new RowChange(
                            Op.DELETE,
                            table,
                            row.get("key").asString(),
                            this.rows.row(row.get("raw").asString()),
                            at)));
                }
            }
        }
        return deletes;
    }
}
