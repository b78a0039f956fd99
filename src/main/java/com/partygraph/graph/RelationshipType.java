package com.partygraph.graph;

/**
 * The allow-list of party-to-party relationship types. Only these names ever reach Cypher as a
 * relationship type, and then only as a parameter.
 */
public enum RelationshipType {
    EMPLOYEE_OF,
    OWNER_OF,
    FOUNDER_OF,
    CO_FOUNDER_OF,
    INVESTOR_IN,
    ADVISOR_TO,
    BOARD_MEMBER_OF,
    CONSULTANT_TO,
    CUSTOMER_OF,
    CLIENT_OF,
    VENDOR_TO,
    PARTNER_OF,
    COMPETITOR_OF,
    RELATED_TO;

    /** All type names, for queries that must tell party-to-party edges from other relationships. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(Enum::name).toList();
    }
}
