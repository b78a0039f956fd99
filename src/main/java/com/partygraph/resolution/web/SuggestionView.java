package com.partygraph.resolution.web;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A match suggestion as a steward reviews it: the record and the two parties side by side (each as the party it
 * stands for now), the probability and the per-feature explanation (each feature's two values, level, weight,
 * conflict), and what became of it.
 *
 * @param status {@code open}, {@code accepted}, {@code rejected}, or {@code closed} (moot: the two were merged
 * anyway, or the record was deleted; {@code closedReason} says which)
 * @param partyId the record's party when suggested; {@code party} shows what it stands for now
 * @param candidateId the candidate party when suggested; {@code candidate} shows what it stands for now
 * @param decision the steward decision that answered it; null while open
 */
public record SuggestionView(
        String id,
        String status,
        double probability,
        Double weight,
        String record,
        String source,
        String table,
        String createdAt,
        String partyId,
        String candidateId,
        Side party,
        Side candidate,
        JsonNode explanation,
        String decidedAt,
        String decidedBy,
        String decision,
        String closedAt,
        String closedReason) {

    /**
     * One side: the party's kind, status, name and attributes as survivorship chose them, its contact points,
     * how many live records it has and up to 20 of them ({@code source/table/key}).
     */
    public record Side(
            String id,
            String kind,
            String status,
            String displayName,
            Map<String, Object> attributes,
            List<String> emails,
            List<String> phones,
            List<String> domains,
            long recordCount,
            List<String> records) {}
}
