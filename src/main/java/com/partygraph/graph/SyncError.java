package com.partygraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row or change that could not be applied: {@code (:SyncError)}, attached to the source record it
 * concerns and kept with the raw row so that nothing is lost. Absent values are left out of the JSON.
 *
 * @param id unique id of the error
 * @param tenant the tenant the row names ({@code _system} when it names none)
 * @param source configured source name
 * @param table source table
 * @param key the row's primary key as text, may be null when the key itself was unreadable
 * @param reason what is wrong, for a person to read
 * @param rawRow the row as the source delivered it (JSON)
 * @param operation the change: create, update, delete or read (snapshot)
 * @param status open, superseded (a later version of the row applied) or resolved (by a person)
 * @param at when it happened, ISO-8601
 * @param resolvedAt when it was superseded or resolved
 * @param resolvedBy who resolved it
 * @param resolution the note they left
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncError(
        String id,
        String tenant,
        String source,
        String table,
        String key,
        String reason,
        String rawRow,
        String operation,
        String status,
        String at,
        String resolvedAt,
        String resolvedBy,
        String resolution) {}
