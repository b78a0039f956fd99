package com.partygraph.graph;

import java.time.OffsetDateTime;

/**
 * A {@code (:SourceRecord)} — one source row — and how it identifies a party.
 *
 * @param source configured source name ({@code steward} for entries made through the API)
 * @param table table the row lives in
 * @param key the row's primary key as text
 * @param deleted whether the row was deleted at the source
 * @param firstSeen when the engine first saw the row
 * @param lastSeen when the engine last applied a change of the row
 * @param method how the row was linked to the party: auto, manual or rule
 * @param score match score of the link, 1.0 for manual links
 */
public record SourceRecordRef(
        String source,
        String table,
        String key,
        boolean deleted,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen,
        String method,
        double score) {}
