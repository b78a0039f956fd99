package com.partygraph.resolution;

import com.partygraph.graph.Tenant;
import com.partygraph.resolution.decide.Decision;

/**
 * Hears every decision resolution makes, for metrics or logs (as Duke's match listeners do). Called on
 * the resolving thread; must be quick and must not throw.
 */
@FunctionalInterface
public interface ResolutionListener {

    /** Hears nothing. */
    ResolutionListener NONE = (tenant, decision) -> {};

    void resolved(Tenant tenant, Decision decision);
}
