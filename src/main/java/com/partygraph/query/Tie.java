package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A relationship between two parties as the query answers show it; dates ISO-8601, null where the relationship
 * does not say (or the answer does not read it).
 *
 * @param type the relationship type ({@code EMPLOYEE_OF}, …)
 * @param importance how much it matters to us, 1–5
 * @param trustLevel how much we trust it, 1–5
 * @param isPrimary whether it is the party's main one of its type
 */
public record Tie(
        String type,
        String fromId,
        String toId,
        String title,
        String department,
        String startDate,
        String endDate,
        @JsonProperty("isCurrent") Boolean isCurrent,
        Number importance,
        Number trustLevel,
        @JsonProperty("isPrimary") Boolean isPrimary) {

    /**
     * A relationship from its type, ends and stored properties (the neighbourhood reads up to thousands: built
     * directly, not through {@link com.partygraph.graph.neo4j.Rows}).
     */
    static Tie of(String type, String fromId, String toId, Map<String, Object> properties) {
        return new Tie(
                type,
                fromId,
                toId,
                text(properties.get("title")),
                text(properties.get("department")),
                text(properties.get("startDate")),
                text(properties.get("endDate")),
                flag(properties.get("isCurrent")),
                properties.get("importance") instanceof Number number ? number : null,
                properties.get("trustLevel") instanceof Number number ? number : null,
                flag(properties.get("isPrimary")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Boolean flag(Object value) {
        return value == null ? null : value instanceof Boolean bool ? bool : Boolean.valueOf(value.toString());
    }
}
