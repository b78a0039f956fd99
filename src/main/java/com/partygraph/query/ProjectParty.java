package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A party with roles in a project, and the people affiliated with it.
 *
 * @param roles its roles in the project
 * @param people people related to it (employee of, owner of, founder of, board member of, advisor or consultant
 *     to), at most 100
 */
public record ProjectParty(PartyRef party, List<String> roles, List<Affiliated> people) {

    /** A person affiliated with the party, and how. */
    public record Affiliated(
            String id,
            String displayName,
            String relationship,
            String title,
            @JsonProperty("isCurrent") Boolean isCurrent) {}
}
