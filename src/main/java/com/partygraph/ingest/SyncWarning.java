package com.partygraph.ingest;

import java.util.List;

/**
 * A source record applied with field-level warnings: values it holds that could not be read, kept raw in its row
 * and left out of matching.
 *
 * @param uid {@code source/table/key}
 * @param warnings what could not be read, one line each ({@code date_of_birth: '19504306' is not a date})
 * @param rawRow the row as the source delivered it (JSON)
 * @param partyId the party the record belongs to
 * @param at when the record was last seen, ISO-8601
 */
public record SyncWarning(
        String source,
        String table,
        String key,
        String uid,
        List<String> warnings,
        String rawRow,
        String partyId,
        String at) {}
