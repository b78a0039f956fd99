package com.partygraph.graph;

/**
 * An entry of the role catalog: {@code (:Role {tenant, code, label, category})}.
 *
 * @param code stable snake_case code
 * @param label human-readable name
 * @param category customer, vendor, project or party
 */
public record Role(String code, String label, String category) {}
