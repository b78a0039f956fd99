package com.partygraph.ingest.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.IngestionApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --reconcile} as a script uses it (and {@code --training-run}, which waits as it does), on an application
 * of its own (no other test's changes in its graph): exit 0 after merges, an unmerge, a steward's link that leaves a
 * party without records and a steward's own party; 1 with the difference when the graph and the source disagree; 2
 * with the reason when a source cannot be reconciled.
 */
@IngestionApplicationTest
@TestPropertySource(properties = "partygraph.test.application=reconcile")
class ReconcileCommandIT {

    private static final String ACME = "business-1";

    @Autowired
    ReconcileCommand command;

    @Autowired
    Ingestion ingestion;

    @Autowired
    TrainingRun training;

    @Autowired
    DemoPostgres postgres;

    @Autowired
    EmbeddedNeo4j neo4j;

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void demoLoaded() {
        this.api = new Api(this.port);
        party("bill.lumbergh@initech.com");
    }

    @Test
    void decisionsOfStewardsReconcileToZero() throws Exception {
        String bob = party("bob.smith@initech.com");
        String robert = party("rsmith@hooli.com");
        String bill = party("bill.lumbergh@initech.com");
        String michael = partyByPhone("+15125550144");
        assertThat(this.api
                        .post(ACME, "/api/v1/parties/" + bob + "/merge", "{\"partyId\": \"" + robert + "\"}")
                        .status())
                .isBetween(200, 299);
        assertThat(this.api
                        .post(ACME, "/api/v1/parties/" + bill + "/merge", "{\"partyId\": \"" + michael + "\"}")
                        .status())
                .isBetween(200, 299);
        assertThat(this.api
                        .post(ACME, "/api/v1/parties/" + michael + "/unmerge", "{}")
                        .status())
                .isBetween(200, 299);
        // Michael's only record goes to Bill by hand: Michael's party is left without records, as decided.
        String row = DemoDatabases.sqlKey(this.postgres, "SELECT id FROM contacts WHERE last_name = 'Bolton'");
        var linked = this.api.post(
                ACME,
                "/api/v1/parties/" + bill + "/records",
                "{\"source\": \"demo\", \"table\": \"contacts\", \"key\": \"" + row + "\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(this.api
                        .post(
                                ACME,
                                "/api/v1/parties",
                                "{\"kind\": \"PERSON\", \"givenName\": \"Peter\"," + " \"familyName\": \"Gibbons\"}")
                        .status())
                .isEqualTo(201);

        Outcome outcome = reconcile();
        assertThat(outcome.code()).as(outcome.toString()).isEqualTo(ReconcileCommand.MATCH);
        JsonNode acme = outcome.tenant(ACME);
        assertThat(acme.get("matches").asBoolean()).isTrue();
        assertThat(acme.at("/orphans/unsupportedParties").asLong()).isZero();
    }

    @Test
    void aDifferenceIsOneAndNamed() throws Exception {
        String key = DemoDatabases.sqlKey(this.postgres, "SELECT id FROM contacts WHERE last_name = 'Lumbergh'");
        // Behind the graph's back, a record no longer answers to its row's key.
        String rename = "MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts', key: $from})"
                + " SET s.key = $to RETURN count(s) AS renamed";
        assertThat(DemoDatabases.cypher(this.neo4j, rename, Map.of("tenant", ACME, "from", key, "to", key + "-moved"))
                        .get(0)
                        .get("renamed"))
                .isEqualTo(1L);
        try {
            Outcome outcome = reconcile();
            assertThat(outcome.code()).as(outcome.toString()).isEqualTo(ReconcileCommand.MISMATCH);
            JsonNode contacts = outcome.tenant(ACME)
                    .get("tables")
                    .valueStream()
                    .filter(table -> table.get("table").asString().equals("contacts"))
                    .findFirst()
                    .orElseThrow();
            assertThat(contacts.get("missingInGraph").valueStream().map(JsonNode::asString))
                    .containsExactly(key);
            assertThat(contacts.get("extraInGraph").valueStream().map(JsonNode::asString))
                    .containsExactly(key + "-moved");
        } finally {
            DemoDatabases.cypher(this.neo4j, rename, Map.of("tenant", ACME, "from", key + "-moved", "to", key));
        }
    }

    @Test
    void aStoppedSourceIsTwoWithTheReason() throws Exception {
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        demo.stop();
        try {
            Outcome outcome = reconcile();
            assertThat(outcome.code()).isEqualTo(ReconcileCommand.ERROR);
            assertThat(outcome.err()).contains("demo", "stopped");
        } finally {
            this.ingestion.runNow(demo);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> demo.status().view().state() == SourceStatus.State.STREAMING);
        }
    }

    @Test
    void aTrainingRunEndsOnceTheSourcesCaughtUpAndTheStatementsWerePlannedAheadAndNotBefore() throws Exception {
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        demo.stop();
        try {
            // A run that did not ingest would teach the cache the wrong start: it fails with the reason.
            int code = this.training.train(
                    new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofMinutes(2), Duration.ofMinutes(2));
            assertThat(code).isEqualTo(ReconcileCommand.ERROR);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("demo", "stopped");
        } finally {
            this.ingestion.runNow(demo);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> demo.status().view().state() == SourceStatus.State.STREAMING);
        }
        err.reset();
        int code = this.training.train(
                new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofMinutes(2), Duration.ofMinutes(2));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(this.ingestion.plannedAhead()).isTrue();
        assertThat(demo.status().view().snapshot().finishedAt()).isNotNull();
    }

    private Outcome reconcile() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = this.command.reconcile(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(2));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What {@code --reconcile} answered. */
    private record Outcome(int code, String out, String err) {

        JsonNode tenant(String tenant) {
            return JsonMapper.builder()
                    .build()
                    .readTree(this.out)
                    .valueStream()
                    .filter(t -> t.get("tenant").asString().equals(tenant))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private String party(String email) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            var found = this.api.get(ACME, "/api/v1/parties?email=" + email);
                            return found.body().path("items").size() == 1 ? found.text("/items/0/id") : null;
                        },
                        id -> id != null);
    }

    private String partyByPhone(String phone) {
        return this.api
                .get(ACME, "/api/v1/parties?phone=" + phone.replace("+", "%2B"))
                .text("/items/0/id");
    }
}
