package com.partygraph.graph;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Lifecycle of a party node: a merged party keeps its node and points at its survivor; an erased one keeps
 * its id, roles, relationships and activities but none of its personal data. Stored and shown in lower case.
 */
public enum PartyStatus {
    ACTIVE,
    MERGED,
    ERASED;

    /** The value as stored in the graph and shown by the API. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored value. */
    public static PartyStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
