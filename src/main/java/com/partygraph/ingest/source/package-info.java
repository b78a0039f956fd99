/**
 * The CDC source: the Debezium embedded engine per source (snapshot then streaming, durable offsets,
 * heartbeats, offsets acknowledged only after the graph commit), the source's schema and status, and the
 * ingestion settings. Kafka Connect types stay inside this package.
 */
package com.partygraph.ingest.source;
