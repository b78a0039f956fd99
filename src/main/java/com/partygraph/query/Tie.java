package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonProperty;

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
        @JsonProperty("isPrimary") Boolean isPrimary) {}
