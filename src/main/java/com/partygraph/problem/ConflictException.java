package com.partygraph.problem;

/**
 * The request is well formed but the state of what it names does not allow it (merging into a merged party,
 * unmerging twice, accepting a rejected suggestion); answered with 409 and the reason.
 */
public class ConflictException extends RuntimeException {

    private final java.util.Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, java.util.Map.of());
    }

    /** @param properties more for the client to act on (the party a new entry duplicates), in the problem's body */
    public ConflictException(String message, java.util.Map<String, Object> properties) {
        super(message);
        this.properties = java.util.Map.copyOf(properties);
    }

    public java.util.Map<String, Object> properties() {
        return this.properties;
    }
}
