package com.partygraph.party;

import java.util.List;

/**
 * A page of search hits.
 *
 * @param hasMore whether a further page exists
 */
public record PartyPage(List<PartySummary> items, int page, int size, boolean hasMore) {}
