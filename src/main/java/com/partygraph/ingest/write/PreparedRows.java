package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import java.util.List;

/**
 * Rows of one source read and resolved again after a steward's decision ({@link ChangeApplier#prepare}),
 * to be written in the caller's transaction. Commit once that transaction has committed; closing first
 * takes the resolution back. Not thread-safe.
 */
public final class PreparedRows implements AutoCloseable {

    private final List<ReadRow> rows;

    private final Resolutions resolutions;

    private final RowApplier applier;

    PreparedRows(List<ReadRow> rows, Resolutions resolutions, RowApplier applier) {
        this.rows = rows;
        this.resolutions = resolutions;
        this.applier = applier;
    }

    /** How many rows will be written. */
    public int size() {
        return this.rows.size();
    }

    /** What resolution decided for each party record of the rows: its uid, and the decision. */
    public List<Decided> decisions() {
        String source = this.applier.source();
        return this.rows.stream()
                .flatMap(row -> row.decisions().entrySet().stream()
                        .map(entry -> new Decided(entry.getKey().uid(source), entry.getValue())))
                .toList();
    }

    /** One party record's decision. */
    public record Decided(String uid, com.partygraph.resolution.decide.Decision decision) {}

    /** Whether any decision of the row changes the graph: a record moves, a party is made or merged, one suggested. */
    static boolean changes(ReadRow row) {
        return row.decisions().values().stream()
                .anyMatch(decision -> decision.newParty()
                        || decision.moved()
                        || !decision.absorbed().isEmpty()
                        || !decision.suggestions().isEmpty());
    }

    /**
     * Writes the rows in runs whose order within does not matter ({@link ChangedRecords}), retracting what each
     * asserted and asserting what it says now. May run again when the transaction is retried.
     */
    public void write(GraphWork.Cypher tx) {
        ChangedRecords run = new ChangedRecords();
        java.util.function.Function<Tenant, Statements> statements = tenant -> this.applier.statements(tx, tenant);
        for (ReadRow row : this.rows) {
            if (!run.accepts(row)) {
                run.write(statements, this.resolutions);
            }
            run.add(row);
        }
        run.write(statements, this.resolutions);
    }

    public void commit() {
        this.resolutions.commit();
    }

    @Override
    public void close() {
        this.resolutions.close();
    }
}
