package com.partygraph.query;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.query.*}: how the query endpoints read the graph.
 *
 * @param revenueTypes activity types whose amounts are revenue (invoices, website carts, auction bids)
 * @param activeWithin a party whose last activity is this recent is {@code active}
 * @param dormantWithin else, this recent is {@code dormant}; older (or none) is {@code inactive}
 * @param maxEdges edges a neighbourhood returns at most, whatever the caller asks
 * @param defaultCurrency the currency of amounts whose rows name none
 */
@ConfigurationProperties("partygraph.query")
public record QuerySettings(@DefaultValue({ "invoice", "cart", "bid" }) List<String> revenueTypes,
		@DefaultValue("90d") Duration activeWithin, @DefaultValue("365d") Duration dormantWithin,
		@DefaultValue("2000") int maxEdges, @DefaultValue("USD") String defaultCurrency) {
}
