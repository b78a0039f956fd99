package com.partygraph.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * What a benchmark's graph holds per source row: nodes by label and relationships by type, from
 * Neo4j's count store (a whole-database statistic: the benchmark's database holds nothing else).
 */
final class GraphShape {

    private GraphShape() {}

    static Map<String, Object> perRow(GraphDatabaseService database, long rows) {
        Map<String, Object> shape = new LinkedHashMap<>();
        try (Transaction tx = database.beginTx()) {
            tx.getAllLabelsInUse()
                    .forEach(label -> shape.put(
                            label.name(),
                            ratio(
                                    tx.execute(
                                            "MATCH (n:$($label)) RETURN count(n) AS n", Map.of("label", label.name())),
                                    rows)));
            tx.getAllRelationshipTypesInUse()
                    .forEach(type -> shape.put(
                            type.name(),
                            ratio(
                                    tx.execute(
                                            "MATCH ()-[r:$($type)]->() RETURN count(r) AS n",
                                            Map.of("type", type.name())),
                                    rows)));
        }
        return shape;
    }

    private static double ratio(Result result, long rows) {
        return Math.round((double) count(result) / rows * 1000) / 1000.0;
    }

    /** The {@code n} a counting statement returns. */
    static long count(GraphDatabaseService database, String statement, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx()) {
            return count(tx.execute(statement, parameters));
        }
    }

    private static long count(Result result) {
        try (result) {
            return ((Number) result.next().get("n")).longValue();
        }
    }
}
