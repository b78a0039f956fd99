package com.partygraph.graph;

import java.time.OffsetDateTime;

/**
 * A row or change that could not be applied: {@code (:SyncError)}, attached to the source record it
 * concerns and kept with the raw row so that nothing is lost.
 *
 * @param id unique id of the error
 * @param source configured source name
 * @param table source table
 * @param key the row's primary key as text, may be null when the key itself was unreadable
 * @param reason what is wrong, for a person to read
 * @param rawRow the row as the source delivered it (JSON)
 * @param status open or resolved
 * @param at when it happened
 */
public record SyncError(
        String id,
        String source,
        String table,
        String key,
        String reason,
        String rawRow,
        String status,
        OffsetDateTime at) {}
