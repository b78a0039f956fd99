package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.resolution.survive.Survivorship;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Runs named statements in one transaction for one source and tenant: every call binds
 * {@code $tenant}, {@code $source} and {@code $mapping}, the fingerprint of how the source's rows are
 * read ({@link RowInterpreter#fingerprint()}). Not thread-safe; one per transaction.
 */
final class Statements {

    private final GraphWork.Cypher tx;

    private final CypherQueries queries;

    private final Tenant tenant;

    private final String source;

    private final String mapping;

    private final Survivorship survivorship;

    Statements(GraphWork.Cypher tx, CypherQueries queries, Tenant tenant, String source, String mapping) {
        this(tx, queries, tenant, source, mapping, Survivorship.defaults());
    }

    Statements(
            GraphWork.Cypher tx,
            CypherQueries queries,
            Tenant tenant,
            String source,
            String mapping,
            Survivorship survivorship) {
        this.tx = tx;
        this.queries = queries;
        this.tenant = tenant;
        this.source = source;
        this.mapping = mapping;
        this.survivorship = survivorship;
    }

    /** The rules that choose parties' attributes from their records. */
    Survivorship survivorship() {
        return this.survivorship;
    }

    String source() {
        return this.source;
    }

    Tenant tenant() {
        return this.tenant;
    }

    String mapping() {
        return this.mapping;
    }

    List<Value> run(String name, Object... keysAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", this.tenant.id());
        parameters.put("source", this.source);
        parameters.put("mapping", this.mapping);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return this.tx.run(this.queries.get(name), parameters);
    }
}
