package com.partygraph.query;

import java.util.List;

/**
 * The sync-error figures of a tenant.
 *
 * @param total sync errors, open or not
 * @param recordsWithWarnings source records with field-level warnings (values kept raw, left out of matching)
 * @param warningsByKind the warnings by kind, most first
 * @param unresolved open sync errors
 * @param last24h sync errors of the last 24 hours
 */
public record SyncErrorReport(
        long total,
        long recordsWithWarnings,
        List<WarningKind> warningsByKind,
        long unresolved,
        long last24h,
        List<BySource> bySource,
        List<ByTable> byTable,
        List<ByKind> byKind) {

    /** Warnings of one kind. */
    public record WarningKind(String kind, long warnings) {}

    /** Errors of one source in one status. */
    public record BySource(String source, String status, long errors) {}

    /** Errors of one table ({@code source/table}). */
    public record ByTable(String table, long errors, long unresolved) {}

    /** Errors of one kind (the reason up to its first colon). */
    public record ByKind(String kind, long errors, long unresolved) {}
}
