package com.partygraph.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure request removed from the graph.
 *
 * @param partyId the party erased (a merged party is unmerged first, and only it is erased)
 * @param attributes the party's attributes that were removed (names, birth date, addresses, identifiers, …)
 * @param sourceRecords records identifying the party whose raw row and fields were removed (keys stay)
 * @param activityRows rows of its activities whose raw row was removed
 * @param contactPoints email, phone and domain nodes removed (held by no other party)
 * @param matchSuggestions suggestions about it deleted (their explanations held its values)
 * @param merges merges whose evidence was removed
 * @param mergedParties parties merged into it whose attributes were removed
 * @param note what erasure in the graph does not do
 */
public record ErasureReport(
        UUID partyId,
        Instant erasedAt,
        List<String> attributes,
        long sourceRecords,
        long activityRows,
        long contactPoints,
        long matchSuggestions,
        long merges,
        long mergedParties,
        String note) {

    static final String NOTE = "The source systems still hold their rows: a later change to one of them brings "
            + "what it says back into the graph. Erase the rows at the source too.";
}
