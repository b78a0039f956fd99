package com.partygraph.query;

import java.util.List;

/**
 * A party by its revenue.
 *
 * @param total its revenue over all channels and currencies
 * @param channels revenue and activities per channel and currency
 */
public record TopParty(Ranked party, Number total, List<String> currencies, List<Channel> channels) {

    /** The party ranked. */
    public record Ranked(String id, String displayName, String status, String kind) {}

    /** Revenue of one channel in one currency. */
    public record Channel(String channel, String currency, Number revenue, Number activities) {}
}
