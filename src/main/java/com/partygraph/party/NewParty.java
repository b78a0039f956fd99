package com.partygraph.party;

import com.partygraph.graph.PartyKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A validated, normalized party ready to write: node properties plus the shared contact points
 * and role assignments (maps with {@code code, since, until, context}).
 */
record NewParty(
        UUID id,
        PartyKind kind,
        Map<String, Object> properties,
        List<String> emails,
        List<String> phones,
        List<String> domains,
        List<Map<String, Object>> roles) {}
