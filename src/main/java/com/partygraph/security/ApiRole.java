package com.partygraph.security;

import java.util.Locale;

/**
 * What a key may do; each role may do what the roles before it may. {@link #READER} queries its tenant,
 * {@link #STEWARD} also decides (steward entry, sync-error resolution, erasure), {@link #ADMIN} also manages its
 * tenant's keys. {@link #OPERATOR} runs the installation: every tenant (with {@code X-Tenant-Id}), the sources,
 * the actuator; an operator key is only ever the configured one or the one the first start printed.
 */
public enum ApiRole {
    READER,
    STEWARD,
    ADMIN,
    OPERATOR;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name as callers write it: {@code reader}, {@code steward}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a caller wrote, in any case. */
    public static ApiRole of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("role must be reader, steward, admin or operator, not '" + label + "'");
        }
    }
}
