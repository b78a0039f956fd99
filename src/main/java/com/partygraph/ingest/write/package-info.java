/**
 * The graph writer: resolving a batch's party records, writing their claims idempotently in one ordered
 * flush, retracting what a changed or deleted row no longer asserts, and recording rows that cannot be
 * mapped as sync errors; in-process against the embedded database or over the driver.
 */
package com.partygraph.ingest.write;
