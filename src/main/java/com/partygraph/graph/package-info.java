/**
 * The graph model shared by every capability: parties, source records, roles, typed relationships,
 * activities and sync errors, each owned by a {@link com.partygraph.graph.Tenant}. Depends on nothing.
 */
package com.partygraph.graph;
