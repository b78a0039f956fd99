package com.partygraph.query;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.query.*}: how the query endpoints read the graph (the activity windows are
 * {@link com.partygraph.graph.ActivityWindows}).
 *
 * @param revenueTypes activity types whose amounts are revenue (invoices, website carts, auction bids)
 * @param maxEdges edges a neighbourhood returns at most, whatever the caller asks
 * @param defaultCurrency the currency of amounts whose rows name none
 */
@ConfigurationProperties("partygraph.query")
public record QuerySettings(
        @DefaultValue({"invoice", "cart", "bid"}) List<String> revenueTypes,
        @DefaultValue("2000") int maxEdges,
        @DefaultValue("USD") String defaultCurrency) {}
