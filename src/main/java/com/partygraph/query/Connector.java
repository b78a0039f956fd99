package com.partygraph.query;

import java.util.List;

/**
 * A party within two hops who connects us to another, with how we know it.
 *
 * @param roles the roles it has with us
 * @param lastActivityAt its last activity, ISO-8601; null when none
 * @param score how well it can connect us (relationship types, importance, trust, currency, roles, activity)
 * @param via the parties on its best path, from it to the party asked about
 * @param relationships the relationships of that path
 */
public record Connector(
        PartyRef party,
        List<String> roles,
        String lastActivityAt,
        Double score,
        List<Via> via,
        List<Tie> relationships) {

    /** A party on the path. */
    public record Via(String id, String displayName) {}
}
