package com.partygraph.graph;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an entity reflects its sources. Stored and shown in lower case. */
public enum SyncStatus {
    SYNCED,
    PENDING,
    CONFLICT,
    ERROR;

    /** The value as stored in the graph and shown by the API. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored value. */
    public static SyncStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
