/**
 * Applying row changes to the graph: interpreting a row through its table mapping into claims
 * (party records, relationships, roles, an activity), writing them idempotently, retracting what a
 * changed or deleted row no longer asserts, and recording rows that cannot be mapped as sync errors.
 */
package com.partygraph.ingest.apply;
