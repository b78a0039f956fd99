package com.partygraph.graph.neo4j;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A statement's row as a typed answer: its values as JSON shows them (times and dates as ISO-8601 text) bound to
 * a record's components by name. A column the record does not know fails, so that an answer's shape and its
 * statement cannot drift apart unnoticed. Thread-safe.
 */
public final class Rows {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Rows() {}

    /** The row (a map of the driver's Java values) as {@code type}. */
    public static <T> T as(Map<String, Object> row, Class<T> type) {
        return STRICT.convertValue(readable(row), type);
    }

    /** A map of values as JSON shows them ({@link #readable(Object)}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readable(Map<String, Object> row) {
        return (Map<String, Object>) readable((Object) row);
    }

    /** A value as JSON shows it: times and dates as ISO-8601 text, maps and lists copied through. */
    public static Object readable(Object value) {
        if (value instanceof TemporalAccessor time) {
            return time.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, readable(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Rows::readable).toList();
        }
        return value;
    }
}
