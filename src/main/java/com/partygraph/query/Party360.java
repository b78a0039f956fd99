package com.partygraph.query;

import java.util.List;
import java.util.Map;

/**
 * Everything about one party, for a person or an application to read at once.
 *
 * @param requestedId the id asked for (a merged party's id answers with its survivor)
 * @param party its attributes as survivorship chose them, with {@code provenance}, contact points, kind
 * @param lifecycleStage {@code active}, {@code dormant} or {@code inactive}, by its last activity
 * @param roles its roles with dates, source and context
 * @param sourceRecords its records by source system, then table
 * @param relationships its relationships in both directions, each naming the other party, with every
 * record's assertion
 * @param activity counts and totals per activity type, revenue by channel and by order type, the last activity
 * @param suggestions open match suggestions it is part of
 * @param syncErrors unresolved sync errors of its records
 * @param sync version, updated at and by, sync status derived from its records, source systems
 */
public record Party360(
        String requestedId,
        Map<String, Object> party,
        String lifecycleStage,
        List<Map<String, Object>> roles,
        Map<String, Map<String, List<Map<String, Object>>>> sourceRecords,
        List<Map<String, Object>> relationships,
        Map<String, Object> activity,
        List<Map<String, Object>> suggestions,
        List<Map<String, Object>> syncErrors,
        Map<String, Object> sync) {}
