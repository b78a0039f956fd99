/**
 * Reconciliation: compares each source table's rows (count and an order-independent checksum of
 * keys) with the source records in the graph, and lists what points at nothing.
 */
package com.partygraph.ingest.reconcile;
