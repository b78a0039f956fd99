/**
 * The graph model shared by every capability: parties, source records, roles, typed relationships,
 * activities and sync errors, each owned by a {@link com.partygraph.graph.Tenant}. Depends on nothing.
 */
@ApplicationModule(
        displayName = "Graph",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package com.partygraph.graph;

import org.springframework.modulith.ApplicationModule;
