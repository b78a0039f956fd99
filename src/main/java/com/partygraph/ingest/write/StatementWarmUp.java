package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans ingestion's statements before the first change needs them, so that the first batches after a start do not
 * wait 0.1–0.7 s per statement for Cypher to plan it. Neo4j caches a plan by the statement's text, its parameters'
 * types (a string, an integer, a list of strings, any other list…) and whether the transaction has changed anything
 * yet; so each statement is run, in a transaction that is rolled back, with parameters of the types ingestion sends
 * (empty lists: it writes nothing; a tenant no one has), in a transaction that has changed something (as batches
 * run most statements), and the statements a transaction may begin with also in one that has not. {@code EXPLAIN}
 * would not do: its plan is not the one a run reuses. One statement per transaction, so that a batch waits for one
 * plan at most. {@code StatementWarmUpIT} checks that the types here are the ones ingestion sends. With a small
 * graph that grows fast (the demo's), Neo4j plans again after 10 s anyway, as its statistics move.
 */
public final class StatementWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StatementWarmUp.class);

    /** Ingestion's statements, roughly in the order a first batch runs them. */
    static final List<String> STATEMENTS = List.of(
            "ingest-records-existing",
            "watermark-get",
            "ingest-records-create",
            "ingest-records-upsert",
            "ingest-records-state",
            "ingest-roles-held",
            "ingest-records-retract",
            "ingest-party-records",
            "ingest-party-create",
            "ingest-party-ensure",
            "ingest-record-identify",
            "ingest-refs-resolve",
            "ingest-records-delete",
            "ingest-activities-delete",
            "party-merge",
            "party-profile-clear",
            "party-profile-records",
            "party-profiles",
            "party-derive",
            "party-prune",
            "match-suggestion-record",
            "ingest-role-assert",
            "ingest-edge-assert",
            "ingest-edge-summarize",
            "ingest-activity-upsert",
            "timeline-append",
            "ingest-records-finish",
            "watermark-set",
            "ingest-pending",
            "ingest-records-raw",
            "sync-error-record",
            "ingest-source-tenants",
            "reconcile-records");

    /** The statements a transaction may begin with: they are planned for a transaction with no changes too. */
    static final Set<String> FIRST = Set.of(
            "ingest-records-existing",
            "watermark-get",
            "ingest-records-create",
            "ingest-records-upsert",
            "ingest-records-state",
            "ingest-records-raw",
            "ingest-pending",
            "sync-error-record",
            "ingest-source-tenants",
            "reconcile-records");

    private static final Set<String> INTEGERS = Set.of("limit", "commitLsn", "lsn");

    // Lists of strings are typed LIST<STRING> by Cypher when they hold any; an empty one is a LIST<ANY>.
    private static final Set<String> STRING_LISTS = Set.of("uids", "ids");

    private static final Set<String> LISTS = Set.of(
            "records",
            "refs",
            "links",
            "parties",
            "edges",
            "roles",
            "activities",
            "pairs",
            "suggestions",
            "merges",
            "events");

    private static final Tenant WARM_UP = new Tenant("warm-up");

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");

    private StatementWarmUp() {}

    /**
     * Plans every statement; never throws: a statement the graph refuses is logged and left to plan when a batch
     * first runs it, and the warm-up stops when the graph cannot be written at all.
     * @return how many plans were made
     */
    public static int run(GraphWork graph, CypherQueries queries) {
        long started = System.nanoTime();
        int planned = 0;
        for (boolean changed : new boolean[] {true, false}) {
            for (String name : STATEMENTS) {
                if (!changed && !FIRST.contains(name)) {
                    continue;
                }
                for (Map<String, Object> parameters : parameters(name, queries.get(name))) {
                    try {
                        plan(graph, queries, name, parameters, changed);
                        planned++;
                    } catch (GraphWork.Rejected ex) {
                        log.warn("Could not plan {} ahead: {}", name, ex.getMessage());
                    } catch (RuntimeException ex) {
                        // The graph cannot be written (it is stopping): the batches will plan what they need.
                        log.warn(
                                "Stopped planning ingestion's statements ahead after {}: {}", planned, ex.getMessage());
                        return planned;
                    }
                }
            }
        }
        log.info("Planned {} ingestion statements ahead in {} ms", planned, (System.nanoTime() - started) / 1_000_000);
        return planned;
    }

    private static void plan(
            GraphWork graph, CypherQueries queries, String name, Map<String, Object> parameters, boolean changed) {
        Object[] keysAndValues = parameters.entrySet().stream()
                .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()))
                .toArray();
        try {
            graph.write(tx -> {
                if (changed) {
                    tx.run(queries.get("warm-up-change"), Map.of());
                }
                new Statements(tx, queries, WARM_UP, "warm-up", "warm-up").run(name, keysAndValues);
                throw new Undone();
            });
        } catch (Undone expected) {
            // Rolled back, as meant: nothing of the warm-up stays in the graph.
        }
    }

    /**
     * The parameter sets a statement is planned with ({@code $tenant}, {@code $source} and {@code $mapping} are
     * bound by {@link Statements}): one per combination of the types its parameters arrive in.
     */
    static List<Map<String, Object>> parameters(String name, String statement) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PARAMETER.matcher(statement.replaceAll("(?m)^\\s*//.*$", ""));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        names.removeAll(Set.of("tenant", "source", "mapping"));
        List<Map<String, Object>> sets = new ArrayList<>();
        sets.add(new HashMap<>());
        for (String parameter : names) {
            List<Object> values = values(name, parameter);
            List<Map<String, Object>> more = new ArrayList<>();
            for (Map<String, Object> set : sets) {
                for (Object value : values) {
                    Map<String, Object> next = new HashMap<>(set);
                    next.put(parameter, value);
                    more.add(next);
                }
            }
            sets = more;
        }
        return sets;
    }

    private static List<Object> values(String statement, String parameter) {
        if (INTEGERS.contains(parameter) || ("watermark-set".equals(statement) && "events".equals(parameter))) {
            return List.of(0L);
        }
        if (STRING_LISTS.contains(parameter)) {
            return List.of(List.of("warm-up"), List.of());
        }
        if (LISTS.contains(parameter)) {
            return List.of(List.of());
        }
        return List.of("warm-up");
    }

    /**
     * The statements ingestion ran in this JVM, with their parameters' types ({@link Statements#signature}), that
     * {@link #run} does not plan: each is planned when a batch first needs it. A steward's writes (which bind no
     * mapping) are not counted.
     */
    public static Set<String> unplanned(CypherQueries queries) {
        Set<String> planned = new HashSet<>();
        Map<String, Object> bound = Map.of("tenant", "", "source", "", "mapping", "");
        for (String name : STATEMENTS) {
            for (Map<String, Object> parameters : parameters(name, queries.get(name))) {
                Map<String, Object> all = new HashMap<>(parameters);
                all.putAll(bound);
                planned.add(Statements.signature(name, all));
            }
        }
        Set<String> unplanned = new TreeSet<>();
        for (String signature : Statements.signatures()) {
            // A steward's writes bind no mapping fingerprint; they are not ingestion's, and plan on first use.
            if (signature.contains("mapping:STRING") && !planned.contains(signature)) {
                unplanned.add(signature);
            }
        }
        return unplanned;
    }

    /** Thrown to roll the warm-up's transaction back. */
    private static final class Undone extends RuntimeException {

        Undone() {
            super("rolled back on purpose", null, false, false);
        }
    }
}
