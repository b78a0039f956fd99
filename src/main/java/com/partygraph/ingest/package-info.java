/**
 * Ingestion: relational sources read by change data capture (Debezium embedded) and applied to the
 * graph as parties, roles, relationships and activities, exactly once in effect. A row passes four rooms
 * in turn: {@code source} (the CDC engine, its offsets, schema and status, the demo database) reads it,
 * {@code mapping} interprets it through the mapping file into claims, {@code write} resolves its records
 * and writes the claims in one ordered flush, and {@code reconcile} checks the graph against the source.
 * This package wires them and reads the sync error log.
 */
@ApplicationModule(
        displayName = "Ingestion",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem", "resolution", "security"})
package com.partygraph.ingest;

import org.springframework.modulith.ApplicationModule;
