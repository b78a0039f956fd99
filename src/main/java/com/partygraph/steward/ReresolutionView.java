package com.partygraph.steward;

import java.util.List;

/**
 * A re-resolution of a tenant's records, running or ended.
 *
 * @param state {@code running}, {@code done} or {@code failed} ({@code failure} says why)
 * @param dryRun whether it only counts what would change, writing nothing
 * @param rowsTotal the source rows whose party records are decided again
 * @param rowsDone how many of them are done
 * @param summary what changed (or would): records that move to another party, records split into a party of
 * their own, parties merged into others, records with suggestions for review; examples of each
 */
public record ReresolutionView(
        String state,
        boolean dryRun,
        String by,
        String startedAt,
        String finishedAt,
        long rowsTotal,
        long rowsDone,
        double rowsPerSecond,
        Summary summary,
        String failure) {

    /**
     * Counts of what changed, with up to ten examples of each kind.
     * @param rowsChanged source rows whose records' decisions changed something (the rows written); the other rows
     * were left as they were
     */
    public record Summary(
            long rowsChanged, long moved, long split, long merged, long suggested, List<Example> examples) {}

    /**
     * @param kind {@code moved}, {@code split}, {@code merged} or {@code suggested}
     * @param from the record's party before; for a merge, the party absorbed
     * @param to the party after; for a merge, the survivor
     */
    public record Example(String kind, String record, String from, String to, double probability) {}
}
