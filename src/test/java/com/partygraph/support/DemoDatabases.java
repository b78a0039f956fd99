package com.partygraph.support;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.source.demo.DemoPostgres;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What tests run against the running application's databases: SQL on the demo source, Cypher on the graph. */
public final class DemoDatabases {

    private DemoDatabases() {}

    /** Runs a statement on the demo PostgreSQL, as a source application would. */
    public static void sql(DemoPostgres postgres, String statement) throws Exception {
        try (Connection connection = postgres.connection();
                var st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    /**
     * Drops the demo source's replication slot, as a failover or a major upgrade loses it: the source's stored log
     * position is then gone. The source must be stopped; its slot is released a moment after the stop.
     */
    public static void dropReplicationSlot(DemoPostgres postgres) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> sql(postgres, "SELECT pg_drop_replication_slot('partygraph_demo')"));
    }

    /** The first column of the first row a query on the demo PostgreSQL returns. */
    public static String sqlKey(DemoPostgres postgres, String query) throws Exception {
        try (Connection connection = postgres.connection();
                var st = connection.createStatement();
                var rows = st.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The rows of a Cypher statement on the embedded graph, each a map (values may be null). */
    public static List<Map<String, Object>> cypher(
            EmbeddedNeo4j neo4j, String statement, Map<String, Object> parameters) {
        return neo4j.database()
                .executeTransactionally(
                        statement,
                        parameters,
                        result -> result.stream()
                                .map(row -> (Map<String, Object>) new HashMap<>(row))
                                .toList());
    }
}
