package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One shortest path between two parties.
 *
 * @param length its hops
 * @param parties the parties on it, from the first party to the second
 * @param relationships its relationships, in order
 */
public record PartyPath(int length, List<PartyRef> parties, List<Step> relationships) {

    /** A relationship of the path; dates ISO-8601. */
    public record Step(
            String title,
            String department,
            String startDate,
            String endDate,
            @JsonProperty("isCurrent") Boolean isCurrent,
            Number importance,
            Number trustLevel,
            String type,
            String fromId,
            String toId) {}
}
