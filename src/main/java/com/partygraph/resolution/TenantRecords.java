package com.partygraph.resolution;

import com.partygraph.graph.Tenant;
import com.partygraph.resolution.decide.StewardRules;
import java.util.function.Consumer;

/** Where a tenant's live party records come from when its index is built: the graph. */
@FunctionalInterface
public interface TenantRecords {

    /** No records: a resolver that starts empty (tools, tests). */
    TenantRecords NONE = (tenant, sink) -> {};

    void load(Tenant tenant, Consumer<StoredRecord> sink);

    /** The tenant's own match model (a settings document estimated from its records), or null for the shipped one. */
    default String model(Tenant tenant) {
        return null;
    }

    /** Adds the rules of the tenant's steward decisions in force, oldest first; none by default. */
    default void rules(Tenant tenant, StewardRules rules) {}
}
