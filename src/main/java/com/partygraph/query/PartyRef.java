package com.partygraph.query;

/**
 * A party as a list names it.
 *
 * @param kind {@code Person} or {@code Organization}
 */
public record PartyRef(String id, String displayName, String kind) {}
