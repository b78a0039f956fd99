/**
 * What applications and people ask the graph: a party's 360 (everything about it, with provenance and
 * aggregates), its neighbourhood to a bounded depth, and the shortest paths between two parties. Every
 * query is scoped by tenant and capped.
 */
@ApplicationModule(
        displayName = "Queries",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem", "security"})
package com.partygraph.query;

import org.springframework.modulith.ApplicationModule;
