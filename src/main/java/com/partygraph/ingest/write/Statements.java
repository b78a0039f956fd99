package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.resolution.survive.Survivorship;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

    /**
     * Runs the named statement; its time (planning and execution) is recorded by the timer {@value #TIMER}, tagged
     * with the statement's name ({@code /actuator/metrics/partygraph.graph.statement?tag=name:ingest-records-create}).
     */
    List<Value> run(String name, Object... keysAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", this.tenant.id());
        parameters.put("source", this.source);
        parameters.put("mapping", this.mapping);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        String statement = this.queries.get(name);
        SIGNATURES.add(signature(name, parameters));
        long started = System.nanoTime();
        List<Value> result = this.tx.run(statement, parameters);
        TIMERS.computeIfAbsent(name, Statements::timer).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return result;
    }

    // Every statement run in this JVM with its parameters' types: what StatementWarmUp must plan ahead.
    private static final Set<String> SIGNATURES = ConcurrentHashMap.newKeySet();

    /** The statements run so far in this JVM, each with its parameters' types as Cypher's plan cache tells them. */
    static Set<String> signatures() {
        return Set.copyOf(SIGNATURES);
    }

    /**
     * A statement's name with its parameters' types, sorted by name: {@code watermark-set(commitLsn:INTEGER,…)}. The
     * types are the ones Neo4j keys its plans by: a list of strings is {@code LIST<STRING>}, any other list (or an
     * empty one) {@code LIST<ANY>}.
     */
    static String signature(String name, Map<String, Object> parameters) {
        StringBuilder signature = new StringBuilder(name).append('(');
        new TreeMap<>(parameters)
                .forEach((key, value) ->
                        signature.append(key).append(':').append(type(value)).append(','));
        return signature.append(')').toString();
    }

    private static String type(Object value) {
        return switch (value) {
            case null -> "NULL";
            case String ignored -> "STRING";
            case Long ignored -> "INTEGER";
            case Integer ignored -> "INTEGER";
            case Boolean ignored -> "BOOLEAN";
            case Map<?, ?> ignored -> "MAP";
            // Ingestion's lists hold one kind of element: the first tells it (a list is not walked on every run).
            case List<?> list -> !list.isEmpty() && list.get(0) instanceof String ? "LIST<STRING>" : "LIST<ANY>";
            default -> value.getClass().getSimpleName();
        };
    }

    /** Ingestion's statements by name: how often each ran and for how long, in the application's registry. */
    static final String TIMER = "partygraph.graph.statement";

    private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();

    // Spring Boot adds its registry to the global one, which the application's statements are then timed in.
    private static Timer timer(String name) {
        return Timer.builder(TIMER)
                .description("Ingestion's Cypher statements, planning and execution, by name")
                .tag("name", name)
                .register(Metrics.globalRegistry);
    }
}
