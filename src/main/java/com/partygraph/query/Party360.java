package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partygraph.graph.SyncError;
import java.util.List;
import java.util.Map;

/**
 * Everything about one party, for a person or an application to read at once. Times and dates ISO-8601.
 *
 * @param requestedId the id asked for (a merged party's id answers with its survivor)
 * @param party its attributes as survivorship chose them, with {@code provenance}, contact points, kind: what the
 *     graph holds of it
 * @param lifecycleStage {@code active}, {@code dormant} or {@code inactive}, by its last activity
 * @param roles its roles with dates, source and context
 * @param sourceRecords its records by source system, then table
 * @param relationships its relationships in both directions, each naming the other party, with every
 *     record's assertion: what the graph holds of them
 * @param activity counts and totals per activity type, revenue by channel and by order type, the last activity
 * @param suggestions open match suggestions it is part of
 * @param syncErrors unresolved sync errors of its records
 * @param sync version, updated at and by, sync status derived from its records, source systems
 */
public record Party360(
        String requestedId,
        Map<String, Object> party,
        String lifecycleStage,
        List<RoleHeld> roles,
        Map<String, Map<String, List<Record>>> sourceRecords,
        List<Map<String, Object>> relationships,
        Activity activity,
        List<Suggestion> suggestions,
        List<SyncError> syncErrors,
        Sync sync) {

    /**
     * A role the party has.
     *
     * @param source the source whose row asserts it
     * @param context the project or other context it is held in, if any
     * @param record the record that asserts it
     */
    public record RoleHeld(
            String code,
            String label,
            String category,
            String since,
            String until,
            String source,
            String context,
            String record) {}

    /**
     * One of its source records and how it came to the party.
     *
     * @param method auto, name, new, kept, rule, merge or manual
     * @param mergedFrom the party it came from by a merge
     * @param score the match probability it was linked with
     */
    public record Record(
            String source,
            String table,
            String key,
            Boolean deleted,
            String firstSeen,
            String lastSeen,
            String syncStatus,
            List<String> pendingOn,
            List<String> warnings,
            String position,
            String method,
            String mergedFrom,
            Number score,
            String linkedAt) {}

    /**
     * Its activity.
     *
     * @param revenueTypes the activity types counted as revenue
     * @param defaultCurrency the currency of amounts whose rows name none
     */
    public record Activity(
            List<ByType> byType,
            List<String> revenueTypes,
            String defaultCurrency,
            List<Revenue> revenueByChannel,
            List<Revenue> revenueByOrderType,
            String lastActivityAt) {

        /** Activities of one type. */
        public record ByType(String type, Number activities, Number total, String last, List<String> currencies) {}

        /** Revenue of one channel (or order type) in one currency; the other of the two is left out. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Revenue(String channel, String orderType, String currency, Number revenue, Number activities) {}
    }

    /**
     * An open match suggestion it is part of.
     *
     * @param otherName the display name of the other party of the pair
     */
    public record Suggestion(
            String id,
            String record,
            Number probability,
            String createdAt,
            String partyId,
            String candidateId,
            String candidateName,
            String otherName) {}

    /**
     * Its sync state.
     *
     * @param status error when a record has an open sync error, pending when one waits for another row, else synced
     */
    public record Sync(Number version, String updatedAt, String updatedBy, String status, List<String> sourceSystems) {}
}
