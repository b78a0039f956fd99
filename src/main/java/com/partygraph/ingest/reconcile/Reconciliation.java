package com.partygraph.ingest.reconcile;

import java.util.List;

/**
 * What reconciliation found for one source and tenant.
 *
 * @param matches whether every table matches and nothing points at nothing
 */
public record Reconciliation(String source, String tenant, boolean matches, List<TableCheck> tables, Orphans orphans) {

    /**
     * One table.
     *
     * @param sourceRows rows of the tenant in the source table
     * @param graphRecords live source records of the table in the graph, errors included
     * @param inError of those, records whose latest row is a sync error
     * @param sourceChecksum order-independent checksum of the source's keys
     * @param graphChecksum the same over the graph's record keys
     * @param missingInGraph up to 10 keys in the source but not in the graph
     * @param extraInGraph up to 10 keys in the graph but no longer in the source
     */
    public record TableCheck(
            String table,
            long sourceRows,
            long graphRecords,
            long inError,
            String sourceChecksum,
            String graphChecksum,
            List<String> missingInGraph,
            List<String> extraInGraph) {

        public boolean matches() {
            return this.sourceRows == this.graphRecords && this.sourceChecksum.equals(this.graphChecksum);
        }
    }

    /** Things in the graph that point at nothing. */
    public record Orphans(
            long unsupportedParties,
            long activitiesWithoutParty,
            long unassertedRelationships,
            long pendingRecords,
            List<String> pendingSample) {

        public boolean none() {
            return this.unsupportedParties == 0
                    && this.activitiesWithoutParty == 0
                    && this.unassertedRelationships == 0
                    && this.pendingRecords == 0;
        }
    }
}
