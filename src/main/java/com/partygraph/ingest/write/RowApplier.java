package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.ingest.mapping.UnmappableRowException;
import com.partygraph.resolution.survive.Survivorship;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one source's rows through its mapping (the tenant, the raw row, the claims) and writes them one
 * at a time: deletes, upserts, or stores the row as a sync error when it cannot be mapped. Rows without a
 * tenant are kept under the system tenant. Thread-safe.
 */
final class RowApplier {

    static final Tenant SYSTEM = Tenant.SYSTEM_TENANT;

    private final CypherQueries queries;

    private final String source;

    private final RowInterpreter interpreter;

    private final JsonMapper json = JsonMapper.builder().build();

    private final Survivorship survivorship;

    RowApplier(CypherQueries queries, String source, RowInterpreter interpreter, Survivorship survivorship) {
        this.queries = queries;
        this.source = source;
        this.interpreter = interpreter;
        this.survivorship = survivorship;
    }

    String source() {
        return this.source;
    }

    /** What writing one row came to. */
    enum Outcome {
        APPLIED,
        PENDING,
        ERROR
    }

    /** Writes one change as {@link #claims} read it. */
    Outcome apply(GraphWork.Cypher tx, ReadRow row, Resolutions resolutions) {
        RowChange change = row.change();
        Statements db = statements(tx, row.tenant());
        // A delete has a problem only when its row names no tenant: there is then no record to delete.
        if (row.problem() != null) {
            RowWriter.error(db, change, row.raw(), row.problem());
            return Outcome.ERROR;
        }
        return RowWriter.write(db, List.of(row), resolutions) == 0 ? Outcome.APPLIED : Outcome.PENDING;
    }

    /** Reads the change of a row whose tenant is known: its row as stored and what it asserts. */
    ReadRow read(RowChange change, Tenant tenant) {
        return claims(new ReadRow(change, tenant, raw(change.row()), null, null));
    }

    /**
     * The change with its tenant and its row as stored, not read for claims yet ({@link #claims}): enough
     * to tell whether the graph holds the row unchanged.
     */
    ReadRow locate(RowChange change) {
        String raw = raw(change.row());
        Tenant tenant;
        try {
            tenant = this.interpreter.tenant(change.table(), change.row());
        } catch (UnmappableRowException ex) {
            return new ReadRow(keyed(change), SYSTEM, raw, null, ex.getMessage());
        }
        return change.key() == null
                ? new ReadRow(
                        keyed(change),
                        tenant,
                        raw,
                        null,
                        "no key: table " + change.table()
                                + " has no primary key, so this row cannot be told apart from its others; give it one")
                : new ReadRow(change, tenant, raw, null, null);
    }

    // A row without a key is kept as a sync error of its own, named by its place in the log.
    private static RowChange keyed(RowChange change) {
        return change.key() != null
                ? change
                : new RowChange(
                        change.op(),
                        change.table(),
                        RowChange.NO_KEY + RowWriter.position(change),
                        change.row(),
                        change.position());
    }

    /** A located change with what its row asserts, or why it cannot be mapped. */
    ReadRow claims(ReadRow row) {
        RowChange change = row.change();
        if (row.problem() != null || change.op() == Op.DELETE) {
            return row;
        }
        try {
            return new ReadRow(
                    change,
                    row.tenant(),
                    row.raw(),
                    this.interpreter.interpret(change.table(), change.key(), change.row()),
                    null);
        } catch (UnmappableRowException ex) {
            return new ReadRow(change, row.tenant(), row.raw(), null, ex.getMessage());
        }
    }

    Statements statements(GraphWork.Cypher tx, Tenant tenant) {
        return new Statements(tx, this.queries, tenant, this.source, this.interpreter.fingerprint(), this.survivorship);
    }

    String raw(Map<String, Object> row) {
        return this.json.writeValueAsString(row);
    }

    /**
     * What the row says exactly as the row the graph holds of its record ({@code held}) said it: the party records it
     * describes alike, and whether it gives the same roles; both rows read through the mapping from their stored form
     * (so that the types a value arrived in do not tell them apart). Nothing when the held row cannot be read.
     */
    ReadRow.Unchanged unchanged(ReadRow row, String held) {
        if (row.plan() == null || row.problem() != null) {
            return ReadRow.Unchanged.NONE;
        }
        RowPlan before = before(row, held);
        if (before == null) {
            return ReadRow.Unchanged.NONE;
        }
        RowChange change = row.change();
        try {
            RowPlan now = this.interpreter.interpret(change.table(), change.key(), row(row.raw()));
            Set<RecordRef> parties = new HashSet<>();
            for (PartyClaim claim : now.parties()) {
                if (before.parties().contains(claim)) {
                    parties.add(claim.record());
                }
            }
            return new ReadRow.Unchanged(
                    parties,
                    before.roles().equals(now.roles()),
                    ends(before).equals(ends(now)),
                    before.activity() == null && now.activity() == null);
        } catch (UnmappableRowException | JacksonException ex) {
            // Nothing is known to be unchanged then: everything the row says is written again.
            return ReadRow.Unchanged.NONE;
        }
    }

    /**
     * What the row its record holds ({@code held}, as {@link HeldRecords} read it) asserted, read under this
     * mapping; null when the graph holds no current row of it, or the held row cannot be read (it asserted nothing).
     */
    RowPlan before(ReadRow row, String held) {
        if (held == null || row.tenant().equals(SYSTEM)) {
            return null;
        }
        RowChange change = row.change();
        try {
            return this.interpreter.interpret(change.table(), change.key(), row(held));
        } catch (UnmappableRowException | JacksonException ex) {
            return null;
        }
    }

    // What an edge joins, whatever it says of itself.
    private static List<List<Object>> ends(RowPlan plan) {
        return plan.edges().stream()
                .map(edge -> List.<Object>of(edge.type(), edge.from(), edge.to()))
                .toList();
    }

    Map<String, Object> row(String raw) {
        return this.json.readValue(raw, new TypeReference<>() {});
    }
}
