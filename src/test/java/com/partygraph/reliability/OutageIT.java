package com.partygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.Application;
import com.partygraph.support.Harness;
import com.partygraph.support.TcpProxy;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The source database stopped, then the graph's server (an external Neo4j) unreachable, each for a while, under a
 * steady stream of inserts: while it lasts the outage shows in the source's status and in health; afterwards the
 * source streams again by itself and every row committed at the source is in the graph once. Prints its figures and
 * writes them to {@code target/reliability/outages.txt}; {@code ./mvnw verify} stops each for 8 s, {@code ./mvnw
 * verify -Preliability} for 30 s ({@code -Doutage.seconds=…}).
 */
class OutageIT {

    @RegisterExtension
    static final Harness graph = new Harness();

    private static final String TENANT = "business-1";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private final List<String> committed = new CopyOnWriteArrayList<>();

    private final List<String> figures = new ArrayList<>();

    @Test
    void theSourceDatabaseAndTheGraphEachStoppedLoseNothingAndBothComeBackByThemselves() throws Exception {
        int seconds = Integer.getInteger("outage.seconds", 8);
        Path directory = Path.of("target/outages", this.run);
        int port = freePort();
        DemoPostgres source = source(directory, port);
        TcpProxy bolt = new TcpProxy(graph.neo4j().boltURI().getPort());
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofVirtual().start(() -> write(port, writing));
        try (ConfigurableApplicationContext app = Application.startWithIngestion(
                "--partygraph.neo4j.uri=bolt://127.0.0.1:" + bolt.port(),
                "--partygraph.neo4j.username=neo4j",
                "--partygraph.neo4j.password=unused-secret",
                "--partygraph.ingest.state-directory=" + directory.resolve("state"),
                "--partygraph.ingest.restart-delay=2s",
                "--partygraph.ingest.sources[0].name=demo",
                "--partygraph.ingest.sources[0].host=127.0.0.1",
                "--partygraph.ingest.sources[0].port=" + port,
                "--partygraph.ingest.sources[0].database=postgres",
                "--partygraph.ingest.sources[0].username=postgres",
                "--partygraph.ingest.sources[0].password=postgres",
                "--partygraph.ingest.sources[0].mapping=import/mapping.yaml")) {
            Api api = Application.api(app);
            await().atMost(Duration.ofMinutes(2)).until(() -> "STREAMING".equals(state(api)));
            Thread.sleep(2_000);

            // The source database stops, as for maintenance, and starts again on the same port.
            source.close();
            Outage seen = watch(api, seconds);
            source = source(directory, port);
            figures.add(recovery("source database stopped " + seconds + " s", api, seen));

            // The graph's server goes away: every connection cut, new ones refused; then back.
            bolt.down();
            seen = watch(api, seconds);
            bolt.up();
            figures.add(recovery("graph server unreachable " + seconds + " s", api, seen));

            writing.set(false);
            writer.join();
            await().atMost(Duration.ofMinutes(2)).until(() -> missing().isEmpty());
            Map<String, Long> twice = duplicates();
            figures.add(this.committed.size() + " rows committed at the source over both outages: "
                    + missing().size() + " missing from the graph, " + twice.size() + " held twice");
            Figures.report("outages.txt", this.figures);

            assertThat(twice).isEmpty();
            assertThat(api.get(TENANT, "/api/v1/reconciliation?source=demo")
                            .body()
                            .get("matches")
                            .asBoolean())
                    .isTrue();
        } finally {
            writing.set(false);
            bolt.close();
            source.close();
        }
    }

    /**
     * What the operator saw while the outage lasted: the source's status, the REST answers and health, each polled
     * every quarter second on its own (a request that waits for the unreachable graph does not hold back the others).
     * The outage lasts its length, and past it (up to a minute) until the source has said it failed and health has
     * been down: on a slow machine the graph's write retries take a few seconds to give up.
     */
    private record Outage(
            Instant started,
            Instant ended,
            Set<String> states,
            Set<String> failures,
            Set<Integer> health,
            Set<Integer> answers) {}

    private Outage watch(Api api, int seconds) throws InterruptedException {
        Set<String> states = ConcurrentHashMap.newKeySet();
        Set<String> failures = ConcurrentHashMap.newKeySet();
        Set<Integer> health = ConcurrentHashMap.newKeySet();
        Set<Integer> answers = ConcurrentHashMap.newKeySet();
        AtomicBoolean watching = new AtomicBoolean(true);
        List<Thread> pollers = List.of(
                poll(watching, () -> {
                    // A key verified in the last minute is let in from memory; past that, from the last quarter hour.
                    var sources = api.get(null, "/api/v1/ingestion");
                    answers.add(sources.status());
                    if (sources.status() == 200) {
                        sources.body().valueStream().forEach(s -> {
                            states.add(s.get("state").asString());
                            if (s.hasNonNull("failure")) {
                                failures.add(s.get("failure").asString().replaceAll("\\d+", "#"));
                            }
                        });
                    }
                }),
                poll(
                        watching,
                        () -> answers.add(
                                api.get(TENANT, "/api/v1/parties?email=row0@outage-" + this.run + ".example.com")
                                        .status())),
                poll(
                        watching,
                        () -> health.add(api.get(null, "/actuator/health").status())));
        Instant started = Instant.now();
        Instant least = started.plusSeconds(seconds);
        Instant most = least.plusSeconds(60);
        while (Instant.now().isBefore(least)
                || (Instant.now().isBefore(most) && !(states.contains("FAILED") && health.contains(503)))) {
            Thread.sleep(250);
        }
        watching.set(false);
        for (Thread poller : pollers) {
            poller.join();
        }
        return new Outage(
                started,
                Instant.now(),
                new TreeSet<>(states),
                new TreeSet<>(failures),
                new TreeSet<>(health),
                new TreeSet<>(answers));
    }

    private static Thread poll(AtomicBoolean watching, Runnable request) {
        return Thread.ofVirtual().start(() -> {
            while (watching.get()) {
                request.run();
                sleep(250);
            }
        });
    }

    /** How long after the outage the source streamed again and the graph held every row committed so far. */
    private String recovery(String what, Api api, Outage seen) {
        List<String> target = List.copyOf(this.committed);
        await().atMost(Duration.ofMinutes(2)).until(() -> "STREAMING".equals(state(api)));
        long streaming = Duration.between(seen.ended(), Instant.now()).toMillis();
        await().atMost(Duration.ofMinutes(2)).until(() -> missing(target).isEmpty());
        long caughtUp = Duration.between(seen.ended(), Instant.now()).toMillis();
        assertThat(seen.states())
                .as(what + ": the source's state while it lasted")
                .contains("FAILED");
        assertThat(seen.health()).as(what + ": health while it lasted").contains(503);
        assertThat(seen.answers()).as(what + ": REST answers while it lasted").isSubsetOf(200, 503);
        assertThat(streaming).as(what + ": streaming again within 60 s").isLessThan(60_000);
        return what + " (lasted "
                + Duration.between(seen.started(), seen.ended()).toMillis() + " ms): seen as " + seen.states() + " "
                + seen.failures() + ", health " + seen.health()
                + ", REST answers " + seen.answers()
                + "; streaming again " + streaming
                + " ms after it ended, every row committed by then in the graph after "
                + caughtUp + " ms";
    }

    private static String state(Api api) {
        var sources = api.get(null, "/api/v1/ingestion").body();
        return sources.isArray() && !sources.isEmpty()
                ? sources.get(0).get("state").asString()
                : null;
    }

    // Inserts a contact every 50 ms, each retried until the source takes it; only committed rows count.
    private void write(int port, AtomicBoolean writing) {
        int next = 0;
        while (writing.get()) {
            String email = "row" + next + "@outage-" + this.run + ".example.com";
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
                    var statement = connection.prepareStatement(
                            "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Out', ?, ?)")) {
                while (writing.get()) {
                    statement.setString(1, "Age" + next);
                    statement.setString(2, email);
                    statement.executeUpdate();
                    this.committed.add(email);
                    next++;
                    email = "row" + next + "@outage-" + this.run + ".example.com";
                    Thread.sleep(50);
                }
            } catch (SQLException down) {
                // The database is down: the same row is written again once it is back.
                sleep(200);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private List<String> missing() {
        return missing(List.copyOf(this.committed));
    }

    private List<String> missing(List<String> emails) {
        Set<String> held = new java.util.HashSet<>();
        try (var session = graph.driver().session()) {
            session.run(
                            "MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table})"
                                    + " WHERE s.emails[0] ENDS WITH $suffix AND NOT coalesce(s.deleted, false)"
                                    + " RETURN s.emails[0] AS email",
                            rows())
                    .forEachRemaining(row -> held.add(row.get("email").asString()));
        }
        return emails.stream().filter(email -> !held.contains(email)).toList();
    }

    private Map<String, Long> duplicates() {
        Map<String, Long> twice = new java.util.HashMap<>();
        try (var session = graph.driver().session()) {
            session.run(
                            "MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table})"
                                    + " WHERE s.emails[0] ENDS WITH $suffix"
                                    + " WITH s.emails[0] AS email, count(*) AS n WHERE n > 1 RETURN email, n",
                            rows())
                    .forEachRemaining(row ->
                            twice.put(row.get("email").asString(), row.get("n").asLong()));
        }
        return twice;
    }

    // The parameters that find this run's rows in the graph.
    private Map<String, Object> rows() {
        return Map.of(
                "tenant",
                TENANT,
                "source",
                "demo",
                "table",
                "contacts",
                "suffix",
                "@outage-" + this.run + ".example.com");
    }

    private static DemoPostgres source(Path directory, int port) {
        return new DemoPostgres(new IngestSettings.Demo(true, port, directory.resolve("postgres"), Path.of("import")));
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
