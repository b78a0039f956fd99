package com.partygraph.graph;

/** What a party is; each kind is a label next to {@code :Party}. */
public enum PartyKind {
    PERSON("Person"),
    ORGANIZATION("Organization");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    /** The Neo4j label for this kind; a fixed allow-list, safe to use as a dynamic label. */
    public String label() {
        return this.label;
    }

    public static PartyKind fromLabel(String label) {
        for (PartyKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a party kind label: " + label);
    }
}
