package com.partygraph.ingest.write;

import com.partygraph.graph.RelationshipAssertion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.Value;

/**
 * What each record says of a party-to-party edge ({@link RelationshipAssertion}, kept on the edge in the
 * order of its {@code sources}): "VP Sales since 2019, primary" from one row and "Board Observer since
 * 2021" from another stay two assertions of one {@code EMPLOYEE_OF} edge. The edge's own properties are
 * those of its primary assertion, else a current one, else the one that started last, else the one that
 * says most (then the smaller record id), so that every read sees one summary and every assertion.
 */
final class EdgeAssertions {

    private static final Comparator<Map<String, Object>> BEST = Comparator.comparing(
                    (Map<String, Object> a) -> !Boolean.TRUE.equals(a.get("isPrimary")))
            .thenComparing(a -> !Boolean.TRUE.equals(a.get("isCurrent")))
            .thenComparing(a -> (LocalDate) a.get("startDate"), Comparator.nullsLast(Comparator.reverseOrder()))
            // A row that says more (a title, a department) over one that only names the organization.
            .thenComparing(
                    a -> a.values().stream().filter(value -> value != null).count(), Comparator.reverseOrder())
            .thenComparing(a -> String.valueOf(a.get("source")));

    private final Map<String, List<String>> edges = new LinkedHashMap<>();

    /** Edges to summarize, none yet. */
    EdgeAssertions() {}

    /** Adds the edges a statement returned ({edge, assertions}); the last row of an edge holds. */
    EdgeAssertions add(List<Value> rows) {
        rows.forEach(row ->
                this.edges.put(row.get("edge").asString(), row.get("assertions").asList(Value::asString)));
        return this;
    }

    /** Sets the edges' own properties from their assertions, and forgets them. */
    void summarize(Statements db) {
        List<Map<String, Object>> summaries = new ArrayList<>();
        this.edges.forEach((id, assertions) -> summaries.add(Map.of("id", id, "properties", summary(assertions))));
        if (!summaries.isEmpty()) {
            db.run("ingest-edge-summarize", "edges", summaries);
        }
        this.edges.clear();
    }

    /** The best assertion's properties; a property only other assertions have is removed (null). */
    static Map<String, Object> summary(List<String> assertions) {
        List<Map<String, Object>> read =
                assertions.stream().map(RelationshipAssertion::read).toList();
        TreeSet<String> keys = new TreeSet<>();
        read.forEach(assertion -> keys.addAll(assertion.keySet()));
        keys.remove("source");
        Map<String, Object> best = read.stream().min(BEST).orElse(Map.of());
        Map<String, Object> summary = new LinkedHashMap<>();
        keys.forEach(key -> summary.put(key, best.get(key)));
        return summary;
    }
}
