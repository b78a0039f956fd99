package com.partygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.IngestionApplicationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * 32 writers upsert the same 1,000 contacts 10,000 times each (320,000 changes, in transactions of 100, the
 * source's own row locks deciding the order): the stream applies every change without a failed transaction and
 * the graph ends with exactly 1,000 records, each in one party and holding its row's last values. Prints its
 * figures and writes them to {@code target/reliability/concurrent-upserts.txt}. Run with
 * {@code ./mvnw verify -Preliability} ({@code -Dreliability.upserts=…} upserts per writer).
 */
@IngestionApplicationTest
@TestPropertySource(properties = "partygraph.test.application=concurrent-upserts")
class ConcurrentUpsertsReliabilityIT {

    private static final int BUSINESS = 4343;

    private static final String TENANT = "business-" + BUSINESS;

    private static final int WRITERS = 32;

    private static final int KEYS = 1_000;

    private static final int BATCH = 100;

    @Autowired
    DemoPostgres postgres;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Ingestion ingestion;

    @LocalServerPort
    int port;

    @Test
    void thirtyTwoWritersUpsertingAThousandKeysMakeExactlyAThousandRecords() throws Exception {
        int upserts = Integer.getInteger("reliability.upserts", 10_000);
        Api api = new Api(this.port);
        await().atMost(Duration.ofMinutes(2))
                .until(() -> this.ingestion.statuses().get(0).state() == SourceStatus.State.STREAMING);
        Instant began = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Long>> done = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            done.add(writers.submit(() -> write(id, upserts)));
        }
        long retried = 0;
        for (Future<Long> writer : done) {
            retried += writer.get();
        }
        writers.shutdown();
        Instant written = Instant.now();
        long changes = (long) WRITERS * upserts;

        // Caught up: the graph's records hold the rows' last emails.
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> stale() == 0);
        Instant caughtUp = Instant.now();
        SourceStatus.View status = this.ingestion.statuses().get(0);
        long records = count("MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts'})"
                + " WHERE NOT coalesce(s.deleted, false) RETURN count(s) AS n");
        long notInOneParty = count("MATCH (s:SourceRecord {tenant: $tenant}) WHERE NOT coalesce(s.deleted, false)"
                + " AND COUNT { (s)-[:IDENTIFIES]->(:Party) } <> 1 RETURN count(s) AS n");
        long syncErrors = api.get(TENANT, "/api/v1/sync-errors").body().size();

        List<String> figures = List.of(
                WRITERS + " writers × " + upserts + " upserts over " + KEYS + " keys = " + changes + " changes" + " ("
                        + retried + " source transactions retried after a deadlock or serialization failure)",
                "written in " + Duration.between(began, written).toSeconds() + " s; the graph caught up "
                        + Duration.between(began, caughtUp).toSeconds() + " s after the first write",
                "source state at the end: " + status.state()
                        + (status.failure() == null ? "" : " (" + status.failure() + ")"),
                "records in the graph: " + records,
                "live records not in exactly one party: " + notInOneParty,
                "sync errors: " + syncErrors);
        Figures.report("concurrent-upserts.txt", figures);

        assertThat(status.state()).isEqualTo(SourceStatus.State.STREAMING);
        assertThat(records).isEqualTo(KEYS);
        assertThat(notInOneParty).isZero();
        assertThat(syncErrors).isZero();
        assertThat(api.get(TENANT, "/api/v1/reconciliation?source=demo")
                        .body()
                        .get("matches")
                        .asBoolean())
                .isTrue();
    }

    // One writer's upserts, BATCH to a transaction over keys in a shuffled order; returns the retries its
    // transactions needed (PostgreSQL picks a deadlock's victim; the writer writes its batch again).
    private long write(int writer, int upserts) throws Exception {
        long retries = 0;
        java.util.Random random = new java.util.Random(writer);
        try (Connection connection = this.postgres.connection()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < upserts; from += BATCH) {
                List<Integer> keys = new ArrayList<>();
                for (int i = from; i < Math.min(upserts, from + BATCH); i++) {
                    keys.add(3_000_000 + random.nextInt(KEYS));
                }
                // Keys in order within a transaction: the writers lock rows in one order, as a careful
                // application does.
                keys.sort(null);
                while (true) {
                    try (PreparedStatement upsert = connection.prepareStatement("""
                            INSERT INTO contacts (id, business_id, first_name, last_name, email)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email""")) {
                        int n = from;
                        for (int key : keys) {
                            upsert.setInt(1, key);
                            upsert.setInt(2, BUSINESS);
                            upsert.setString(3, "Given" + key);
                            upsert.setString(4, "Family" + key);
                            upsert.setString(5, "k" + key + "-w" + writer + "-n" + (n++) + "@upserts.example");
                            upsert.addBatch();
                        }
                        upsert.executeBatch();
                        connection.commit();
                        break;
                    } catch (java.sql.SQLException ex) {
                        connection.rollback();
                        retries++;
                    }
                }
            }
        }
        return retries;
    }

    // A count of this test's tenant in the graph (the statement returns it as n).
    private long count(String statement) {
        return (Long) DemoDatabases.cypher(this.neo4j, statement, Map.of("tenant", TENANT))
                .get(0)
                .get("n");
    }

    // Rows whose record in the graph does not hold the row's email (yet).
    private long stale() throws Exception {
        Map<String, String> rows = new java.util.HashMap<>();
        try (Connection connection = this.postgres.connection();
                var result = connection
                        .createStatement()
                        .executeQuery("SELECT id, email FROM contacts WHERE business_id = " + BUSINESS)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        Map<String, String> held = new java.util.HashMap<>();
        DemoDatabases.cypher(
                        this.neo4j,
                        "MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts'})"
                                + " RETURN s.key AS key, s.raw AS raw",
                        Map.of("tenant", TENANT))
                .forEach(row -> held.put(
                        (String) row.get("key"),
                        json.readTree((String) row.get("raw")).path("email").asString()));
        return rows.isEmpty()
                ? 1
                : rows.entrySet().stream()
                        .filter(row -> !row.getValue().equals(held.get(row.getKey())))
                        .count();
    }
}
