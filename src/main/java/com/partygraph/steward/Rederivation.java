package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.PreparedRows;
import com.partygraph.problem.ConflictException;
import com.partygraph.resolution.survive.Survivorship;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Derives the graph again where a steward's decision moved records between parties: the rows that describe
 * the moved records, or refer to them, or assert something about the parties involved are read again through
 * their sources' mappings and written as ingestion writes them ({@link PreparedRows}), so that roles, edges
 * and activities follow the records. A steward's own entries have no row to read: they are moved directly.
 * Thread-safe.
 */
@Component
class Rederivation {

    private final StewardGraph graph;

    private final Ingestion ingestion;

    Rederivation(StewardGraph graph, Ingestion ingestion) {
        this.graph = graph;
        this.ingestion = ingestion;
    }

    /**
     * Reads and resolves, on the caller's thread (holding the tenant's resolution session), the rows that may
     * say something about the records {@code concerning}: those of the records of {@code parties}, of the
     * records that assert something about them, and {@code also} (uids of rows). Close what comes back unless
     * it is committed.
     * @throws ConflictException when a row's source is not set up, so its rows cannot be read again now
     */
    Prepared prepare(Tenant tenant, Collection<String> parties, Collection<String> also, Set<String> concerning) {
        Set<String> uids = new LinkedHashSet<>(also);
        this.graph
                .read(tenant, "steward-party-rows", "ids", List.copyOf(parties))
                .forEach(row -> uids.add(row.get("uid").asString()));
        Map<String, List<List<String>>> bySource = new LinkedHashMap<>();
        for (String uid : uids) {
            String[] parts = split(uid);
            if (parts != null && !parts[0].equals(Survivorship.STEWARD)) {
                bySource.computeIfAbsent(parts[0], s -> new ArrayList<>()).add(List.of(parts[1], parts[2]));
            }
        }
        Prepared prepared = new Prepared(new ArrayList<>());
        try {
            bySource.forEach((source, rows) -> prepared.rows()
                    .add(this.ingestion
                            .applier(source)
                            .orElseThrow(
                                    () -> new ConflictException(
                                            "Source '" + source + "' is not set up (see /api/v1/ingestion), "
                                                    + "so its rows cannot be read again to carry out this decision; try again once it runs"))
                            .prepare(tenant, rows, concerning)));
            return prepared;
        } catch (RuntimeException ex) {
            prepared.close();
            throw ex;
        }
    }

    /** A record's uid as source, table and key (a key may hold slashes), or null for what is not a uid. */
    static String[] split(String uid) {
        String[] parts = uid.split("/", 3);
        return parts.length == 3 ? parts : null;
    }

    /** The rows of every source involved, prepared. */
    record Prepared(List<PreparedRows> rows) implements AutoCloseable {

        void write(GraphWork.Cypher tx) {
            this.rows.forEach(prepared -> prepared.write(tx));
        }

        void commit() {
            this.rows.forEach(PreparedRows::commit);
        }

        @Override
        public void close() {
            this.rows.forEach(PreparedRows::close);
        }

        static Prepared none() {
            return new Prepared(List.of());
        }
    }
}
