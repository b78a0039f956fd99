package com.partygraph.ingest.mapping;

import com.partygraph.graph.RelationshipType;

/** A row that relates the parties of two other rows; the other fields are column names or null. */
public record RelationshipSpec(
        RelationshipType type,
        Ref from,
        Ref to,
        String title,
        String department,
        String startDate,
        String endDate,
        String isPrimary,
        String isCurrent) {}
