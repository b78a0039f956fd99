package com.partygraph.query;

import java.util.List;

/**
 * One shortest path between two parties.
 *
 * @param length its hops
 * @param parties the parties on it, from the first party to the second
 * @param relationships its relationships, in order
 */
public record PartyPath(int length, List<PartyRef> parties, List<Tie> relationships) {}
