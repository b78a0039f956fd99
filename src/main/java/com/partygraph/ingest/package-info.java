/**
 * Ingestion: relational sources read by change data capture (Debezium embedded) and applied to the
 * graph as parties, roles, relationships and activities, exactly once in effect.
 */
package com.partygraph.ingest;
