package com.partygraph.ingest.mapping;

import java.util.List;
import java.util.Map;

/**
 * The roles a row implies: fixed codes, or the code in a column (optionally translated by {@code values}).
 */
public record RoleChoice(List<String> fixed, String column, Map<String, String> values) {

    /** Role codes for a row; a null column gives none. */
    public List<String> resolve(Map<String, Object> row) {
        if (this.column == null) {
            return this.fixed == null ? List.of() : this.fixed;
        }
        Object raw = row.get(this.column);
        if (raw == null || raw.toString().isBlank()) {
            return List.of();
        }
        String value = raw.toString().strip();
        return List.of(this.values == null ? value : this.values.getOrDefault(value, value));
    }
}
