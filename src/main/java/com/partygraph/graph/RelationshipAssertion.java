package com.partygraph.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one source record says of a party-to-party edge ("VP Sales since 2019, primary"); an edge keeps one
 * per record that asserts it, as JSON strings in its {@code assertions} property, in the order of its
 * {@code sources}.
 *
 * @param source the record ({@code source/table/key}; {@code steward/…} for a steward's entry)
 */
public record RelationshipAssertion(
        String source,
        String title,
        String department,
        LocalDate startDate,
        LocalDate endDate,
        Boolean isPrimary,
        Boolean isCurrent) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An assertion as stored on the edge. */
    public static RelationshipAssertion of(String json) {
        Map<String, Object> read = read(json);
        return new RelationshipAssertion(
                (String) read.get("source"),
                text(read.get("title")),
                text(read.get("department")),
                (LocalDate) read.get("startDate"),
                (LocalDate) read.get("endDate"),
                (Boolean) read.get("isPrimary"),
                (Boolean) read.get("isCurrent"));
    }

    /** The record's assertion as the edge stores it: the record and the edge properties it gives. */
    public static String json(String source, Map<String, Object> properties) {
        ObjectNode node = JSON.createObjectNode();
        node.put("source", source);
        properties.forEach((key, value) -> {
            switch (value) {
                case null -> node.putNull(key);
                case LocalDate date -> node.putObject(key).put("date", date.toString());
                case Boolean flag -> node.put(key, flag);
                case Long number -> node.put(key, number);
                case Integer number -> node.put(key, number);
                case Double number -> node.put(key, number);
                default -> node.put(key, value.toString());
            }
        });
        return JSON.writeValueAsString(node);
    }

    /** A stored assertion's properties, with dates as dates ({@code source} among them). */
    public static Map<String, Object> read(String json) {
        Map<String, Object> assertion = new LinkedHashMap<>();
        for (var field : JSON.readTree(json).properties()) {
            assertion.put(field.getKey(), value(field.getValue()));
        }
        return assertion;
    }

    private static Object value(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isObject() && value.has("date")) {
            return LocalDate.parse(value.get("date").asString());
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        return value.isNumber() ? value.asDouble() : value.asString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
