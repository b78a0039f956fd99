/**
 * The graph schema: versioned Cypher migrations in {@code cypher/migrations/}, applied once each at
 * start-up, in order, and verified by checksum so that a released migration is never edited.
 */
package com.partygraph.graph.schema;
