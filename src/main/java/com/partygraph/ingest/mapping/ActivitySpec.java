package com.partygraph.ingest.mapping;

import java.util.List;

/**
 * A row recording something a party did.
 *
 * @param type activity type, e.g. invoice
 * @param party foreign keys to the party's row, the first non-null one wins
 * @param partyEmail alternatively, a column with the party's email address
 * @param at column of when it happened
 * @param amount column of the amount, or null
 * @param currency fixed currency or its column, or null
 * @param channel fixed channel or its column, or null
 * @param attributes further columns kept on the activity
 */
public record ActivitySpec(
        String type,
        List<Ref> party,
        String partyEmail,
        String at,
        String amount,
        Choice currency,
        Choice channel,
        List<String> attributes) {

    public List<Ref> partyRefs() {
        return this.party == null ? List.of() : this.party;
    }

    public List<String> attributeColumns() {
        return this.attributes == null ? List.of() : this.attributes;
    }
}
