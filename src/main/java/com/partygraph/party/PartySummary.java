package com.partygraph.party;

import com.partygraph.graph.PartyKind;
import java.util.List;
import java.util.UUID;

/**
 * One search hit.
 *
 * @param roles the codes of the party's roles
 * @param sources the source systems its records come from
 * @param score relevance; 1.0 for exact email or phone matches
 */
public record PartySummary(
        UUID id,
        PartyKind kind,
        String displayName,
        List<String> emails,
        List<String> phones,
        List<String> roles,
        List<String> sources,
        double score) {}
