package com.partygraph.security;

import com.partygraph.graph.Tenant;
import java.io.Serializable;

/**
 * Who is signed in to the console: the key they signed in with (never the key itself) and the tenant they work
 * on — the key's own, or for an operator key the tenant picked at sign-in or later.
 */
public record ConsoleUser(Caller caller, Tenant tenant) implements Serializable {

    /** Whether the key's role allows a steward's actions. */
    public boolean steward() {
        return this.caller.role() != ApiRole.READER;
    }

    /** Whether the key is the installation's operator's: every tenant, the sources. */
    public boolean operator() {
        return this.caller.role() == ApiRole.OPERATOR;
    }

    /** Who did something, as the engine records it. */
    public String actor() {
        return this.caller.actor(this.tenant);
    }
}
