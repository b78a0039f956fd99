package com.partygraph.ingest.apply;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.apply.Claims.RowPlan;

/**
 * A change read through the mapping before anything is written: the tenant its row names (the system
 * tenant when it names none), the row as stored, and what the row asserts, or why it cannot be mapped.
 * Reading needs no transaction, so it is done on the caller's thread while the graph writes.
 *
 * @param plan what the row asserts; null for a delete, a row that cannot be mapped, or a row only located
 * so far ({@link RowApplier#locate})
 * @param problem why the row cannot be mapped; null when it can
 */
record ReadRow(RowChange change, Tenant tenant, String raw, RowPlan plan, String problem) {
}
