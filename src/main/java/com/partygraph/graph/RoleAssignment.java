package com.partygraph.graph;

import java.time.LocalDate;

/**
 * A {@code (:Party)-[:HAS_ROLE]->(:Role)} edge.
 *
 * @param code role code from the catalog, e.g. {@code sales_customer}
 * @param label human-readable name of the role
 * @param since first day the role holds, may be null
 * @param until last day the role holds, may be null (open-ended)
 * @param source the system that asserted it
 * @param context what the role is scoped to (e.g. a project key), may be null
 */
public record RoleAssignment(
        String code, String label, LocalDate since, LocalDate until, String source, String context) {}
