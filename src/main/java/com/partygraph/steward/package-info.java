/**
 * Data stewards' decisions on what resolution decided: accept or reject a match suggestion, merge and
 * unmerge parties, link and unlink a record by hand, keep two parties apart, and withdraw any of these.
 * Each decision is a {@code (:Decision)} in the graph and a rule resolution respects from then on; the graph
 * is derived again from the records where a decision moves them.
 */
@ApplicationModule(
        displayName = "Steward decisions",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "ingest", "problem", "resolution", "security"})
package com.partygraph.steward;

import org.springframework.modulith.ApplicationModule;
