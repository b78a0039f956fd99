package com.partygraph.ingest.mapping;

/**
 * A foreign key to another row: {@code column} holds the key of a row in {@code table}, or in the
 * table named by the value of {@code tableColumn} (legacy polymorphic keys).
 */
public record Ref(String table, String tableColumn, String column) {}
