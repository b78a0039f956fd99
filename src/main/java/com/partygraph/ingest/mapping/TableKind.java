package com.partygraph.ingest.mapping;

/** What one row of a table is. */
public enum TableKind {

    /** A person or organization (and, optionally, an organization named in a free-text column). */
    PARTY,
    /** A typed relationship between the parties of two other rows. */
    RELATIONSHIP,
    /** A role given to the party of another row, optionally in a context such as a project. */
    ROLE,
    /** Something a party did: an order, invoice, bid, cart, work order. */
    ACTIVITY,
    /** Kept as a source record only, e.g. projects that roles name as their context. */
    RECORD
}
