package com.partygraph.query;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values read from the graph as JSON shows them: times as ISO-8601 text, maps and lists copied through. */
final class Readable {

    private Readable() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> stored) {
        return (Map<String, Object>) value(stored);
    }

    static Object value(Object value) {
        if (value instanceof TemporalAccessor time) {
            return time.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, value(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Readable::value).toList();
        }
        return value;
    }
}
