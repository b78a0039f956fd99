package com.partygraph.graph;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The owner of every node in the graph. Comes from the authenticated caller (or, for ingested rows,
 * from the source mapping), never from a request body.
 *
 * @param id letters, digits, {@code _ . -}, at most 64 characters; ids starting with {@code _} are
 * reserved for the engine
 */
public record Tenant(String id) implements Serializable {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** Tenant of the role catalog template; no caller can name it because it starts with an underscore. */
    public static final String CATALOG = "_catalog";

    /** Tenant of engine bookkeeping nodes: schema history, watermarks, errors of rows without a tenant. */
    public static final String SYSTEM = "_system";

    /** The engine's own tenant. */
    public static final Tenant SYSTEM_TENANT = new Tenant(SYSTEM);

    public Tenant {
        if (id == null || !(VALID.matcher(id).matches() || id.equals(SYSTEM) || id.equals(CATALOG))) {
            throw new IllegalArgumentException(
                    "tenant must be 1-64 letters, digits, '_', '.' or '-' and start with a letter or digit");
        }
    }

    /**
     * A tenant named by a caller or a source row: the reserved engine tenants are refused.
     * @throws IllegalArgumentException when the name is not a valid tenant name
     */
    public static Tenant named(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "tenant must be 1-64 letters, digits, '_', '.' or '-' and start with a letter or digit");
        }
        return new Tenant(id);
    }

    @Override
    public String toString() {
        return this.id;
    }
}
