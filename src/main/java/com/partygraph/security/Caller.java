package com.partygraph.security;

import com.partygraph.graph.Tenant;
import java.io.Serializable;

/**
 * The key a request was made with: its id and name, the tenant it belongs to and its role.
 *
 * @param keyId the key's public id (never the key itself)
 * @param name what the key was created for
 * @param tenant the tenant the key reads and writes
 * @param role what the key may do
 */
public record Caller(String keyId, String name, Tenant tenant, ApiRole role) implements Serializable {

    /** Who did something, as the engine records it: {@code key:<name>/<id>}. */
    public String actor() {
        return "key:" + this.name + "/" + this.keyId;
    }

    /** Who did something on another tenant's data: {@code key:<name>/<id> (operator acting on <tenant>)}. */
    public String actor(Tenant actingOn) {
        return actingOn.equals(this.tenant) ? actor() : actor() + " (operator acting on " + actingOn.id() + ")";
    }
}
