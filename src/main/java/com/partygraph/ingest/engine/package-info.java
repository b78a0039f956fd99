/**
 * The Debezium embedded engine per source: snapshot then streaming, durable offsets, heartbeats,
 * offsets acknowledged only after the graph commit. Kafka Connect types stay inside this package.
 */
package com.partygraph.ingest.engine;
