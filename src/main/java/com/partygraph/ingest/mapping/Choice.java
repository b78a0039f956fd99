package com.partygraph.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * A value that is fixed, or read from a column and optionally translated by {@code values}. A bare
 * scalar in YAML ({@code kind: PERSON}) is a fixed value.
 */
public record Choice(String fixed, String column, Map<String, String> values) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Choice of(String fixed) {
        return new Choice(fixed, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Choice of(
            @com.fasterxml.jackson.annotation.JsonProperty("fixed") String fixed,
            @com.fasterxml.jackson.annotation.JsonProperty("column") String column,
            @com.fasterxml.jackson.annotation.JsonProperty("values") Map<String, String> values) {
        return new Choice(fixed, column, values);
    }

    /** The value for a row: the fixed one, or the column's value translated; null when the column is null. */
    public String resolve(Map<String, Object> row) {
        if (this.column == null) {
            return this.fixed;
        }
        Object raw = row.get(this.column);
        if (raw == null) {
            return null;
        }
        String value = raw.toString().strip();
        return this.values == null ? value : this.values.getOrDefault(value, value);
    }
}
