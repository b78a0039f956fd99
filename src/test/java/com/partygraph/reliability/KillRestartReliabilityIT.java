package com.partygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.support.Api;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application killed with SIGKILL five times while a source changes — once in the middle of its initial
 * snapshot, four times while 100,000 changes stream at 1,000 a second (and go on being made while it is down),
 * each run once it has applied a tenth of them — and started again
 * each time on the same data: afterwards reconciliation shows the source and the graph equal for every tenant,
 * no record key twice, every live record in exactly one party, every record holding its row's last values, and a
 * steward's merge made before the first kill still in force. Prints its figures and writes them to
 * {@code target/reliability/kill-restart.txt}. Run with {@code ./mvnw verify -Preliability}
 * ({@code -Dreliability.changes=…} and {@code -Dreliability.rate=…} to change the number and rate of changes).
 */
class KillRestartReliabilityIT {

    private static final int BUSINESS = 4242;

    private static final String TENANT = "business-" + BUSINESS;

    private static final int ROWS = 20_000;

    private static final int SNAPSHOT_ROWS = 40_000;

    private static final int BATCH = 250;

    private static final String NEO4J_PASSWORD = "test-suite-neo4j-password";

    private final Path home = Path.of("target/reliability/kill-restart");

    private final int httpPort = freePort();

    private final int boltPort = freePort();

    private final int postgresPort = freePort();

    private Process application;

    @AfterEach
    void stop() {
        if (this.application != null) {
            this.application.destroy();
            try {
                this.application.waitFor();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void fiveKillsDuringASnapshotAndAStreamLoseNothingAndApplyNothingTwice() throws Exception {
        int changes = Integer.getInteger("reliability.changes", 100_000);
        deleteRecursively(this.home);
        Path imports = prepareImports();
        List<String> figures = new ArrayList<>();
        Instant began = Instant.now();

        // 1. Mid-snapshot: the source holds the demo plus 40,000 contacts of a business of their own.
        start(imports);
        Api api = new Api(this.httpPort);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> snapshotDone(api) > 5_000);
        long doneAtKill = snapshotDone(api);
        kill();
        figures.add("kill 1 during the snapshot, at " + doneAtKill + " rows done");
        Duration back = start(imports);
        figures.add("restart 1: streaming again after " + back.toSeconds() + " s");
        awaitCaughtUp(api);

        // A steward's merge before the stream: it must hold through every kill.
        String bob = party(api, "business-1", "bob.smith@initech.com");
        String robert = party(api, "business-1", "rsmith@hooli.com");
        assertThat(api.post("business-1", "/api/v1/parties/" + bob + "/merge", "{\"partyId\": \"" + robert + "\"}")
                        .status())
                .isBetween(200, 299);

        // 2. The stream: upserts of ROWS contacts, each change a new email; a kill at every fifth of it.
        AtomicLong written = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().name("reliability-writer").start(() -> {
            try {
                write(changes, written, writing);
            } catch (Throwable ex) {
                writerFailed.set(ex);
            }
        });
        // Each run is killed once it has applied a share of the stream, with more changes still coming.
        long share = changes / 10;
        for (int kill = 2; kill <= 5; kill++) {
            long minimumWritten = share * (kill - 1) / 2;
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() ->
                            (applied(api) >= share && written.get() >= minimumWritten) || writerFailed.get() != null);
            assertThat(writerFailed.get()).as("the writer").isNull();
            long appliedAtKill = applied(api);
            kill();
            long whileDown = written.get();
            figures.add("kill " + kill + " after that run applied " + appliedAtKill + " changes; " + whileDown
                    + " written so far");
            back = start(imports);
            figures.add("restart " + kill + ": streaming again after " + back.toSeconds() + " s ("
                    + (written.get() - whileDown) + " changes made while it was down or starting)");
        }
        writer.join(Duration.ofMinutes(20).toMillis());
        assertThat(writerFailed.get()).as("the writer").isNull();
        assertThat(written.get()).isEqualTo(changes);
        Instant caughtUp = awaitCaughtUp(api);
        figures.add(changes + " changes written; caught up "
                + Duration.between(began, caughtUp).toSeconds() + " s after the first start");

        // 3. What must hold.
        for (String tenant : List.of("business-1", "business-2", TENANT)) {
            JsonNode report =
                    api.get(tenant, "/api/v1/reconciliation?source=demo").body();
            assertThat(report.get("matches").asBoolean())
                    .as("reconciliation of %s: %s", tenant, report)
                    .isTrue();
            figures.add("reconciliation of " + tenant + ": matches");
        }
        try (Driver neo4j = GraphDatabase.driver(
                        "bolt://localhost:" + this.boltPort, AuthTokens.basic("neo4j", NEO4J_PASSWORD));
                var session = neo4j.session()) {
            long duplicates = session.run("""
                    MATCH (s:SourceRecord)
                    WITH s.tenant AS tenant, s.source AS source, s.table AS table, s.key AS key, count(*) AS n
                    WHERE n > 1
                    RETURN count(*) AS duplicates""").single().get(0).asLong();
            long notInOneParty =
                    session.run("""
                    MATCH (s:SourceRecord {tenant: $tenant})
                    WHERE NOT coalesce(s.deleted, false) AND COUNT { (s)-[:IDENTIFIES]->(:Party) } <> 1
                    RETURN count(s) AS wrong""", Map.of("tenant", TENANT)).single().get(0).asLong();
            Map<String, String> rawEmails = new HashMap<>();
            JsonMapper json = JsonMapper.builder().build();
            session.run(
                            "MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts'}) RETURN s.key AS key, s.raw AS raw",
                            Map.of("tenant", TENANT))
                    .forEachRemaining(row -> rawEmails.put(
                            row.get("key").asString(),
                            json.readTree(row.get("raw").asString())
                                    .path("email")
                                    .asString()));
            Map<String, String> sourceEmails = sourceEmails();
            long stale = sourceEmails.entrySet().stream()
                    .filter(row -> !row.getValue().equals(rawEmails.get(row.getKey())))
                    .count();
            figures.add("record keys held twice: " + duplicates);
            figures.add("live records not in exactly one party: " + notInOneParty);
            figures.add("records not holding their row's last email: " + stale + " of " + sourceEmails.size());
            assertThat(duplicates).isZero();
            assertThat(notInOneParty).isZero();
            assertThat(stale).isZero();
        }
        assertThat(api.get("business-1", "/api/v1/parties/" + robert + "/360").text("/party/id"))
                .as("the steward's merge holds")
                .isEqualTo(bob);
        figures.add("the steward's merge made before the stream: in force");

        Figures.report("kill-restart.txt", figures);
    }

    // The demo's SQL and mapping, and SNAPSHOT_ROWS more contacts, so that the snapshot lasts long enough to be
    // killed in.
    private Path prepareImports() throws IOException {
        Path imports = this.home.resolve("import");
        Files.createDirectories(imports);
        for (String file : List.of("01-schema.sql", "02-data.sql", "mapping.yaml")) {
            Files.copy(Path.of("import", file), imports.resolve(file));
        }
        Files.writeString(imports.resolve("03-reliability.sql"), """
                INSERT INTO contacts (business_id, first_name, last_name, email)
                SELECT %d, 'Given' || g, 'Family' || g, 'snapshot-' || g || '@reliability.example'
                FROM generate_series(1, %d) AS g;
                SELECT setval(pg_get_serial_sequence('contacts', 'id'), 1000000);
                """.formatted(BUSINESS, SNAPSHOT_ROWS));
        return imports;
    }

    private Duration start(Path imports) throws IOException {
        Instant asked = Instant.now();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-opens")
                        || argument.startsWith("--enable-native-access")
                        || argument.startsWith("--add-exports"))
                .forEach(command::add);
        command.addAll(List.of(
                "-Xmx2g",
                "-cp",
                classpath(),
                "com.partygraph.PartyGraphApplication",
                "--server.port=" + this.httpPort,
                "--partygraph.neo4j.embedded.directory=" + this.home.resolve("neo4j"),
                "--partygraph.neo4j.embedded.bolt-port=" + this.boltPort,
                "--partygraph.neo4j.embedded.password=" + NEO4J_PASSWORD,
                "--partygraph.ingest.demo.port=" + this.postgresPort,
                "--partygraph.ingest.demo.directory=" + this.home.resolve("postgres"),
                "--partygraph.ingest.demo.import-directory=" + imports,
                "--partygraph.ingest.state-directory=" + this.home.resolve("state"),
                "--partygraph.security.operator-key=" + Api.OPERATOR_KEY));
        Files.createDirectories(this.home);
        this.application = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        this.home.resolve("application.log").toFile()))
                .start();
        Api api = new Api(this.httpPort);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(this.application.isAlive())
                            .as("the application runs; see " + this.home)
                            .isTrue();
                    JsonNode sources = api.get(null, "/api/v1/ingestion").body();
                    return sources != null
                            && sources.size() > 0
                            && List.of("SNAPSHOT", "STREAMING")
                                    .contains(sources.get(0).get("state").asString());
                });
        return Duration.between(asked, Instant.now());
    }

    // The test's classpath as plain entries: failsafe hands the JVM one jar whose manifest names the rest. Each
    // entry once, the project's own jar left out (its classes are in target/classes).
    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (var jar = new java.util.jar.JarFile(path.toFile())) {
                    var manifest = jar.getManifest();
                    String listed = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (listed != null) {
                        for (String item : listed.trim().split("\\s+")) {
                            entries.add(Path.of(path.getParent().toUri().resolve(item))
                                    .toString());
                        }
                        continue;
                    }
                }
            }
            entries.add(path.toString());
        }
        return entries.stream()
                .distinct()
                .filter(entry -> !entry.matches(".*/target/partygraph-[^/]*\\.jar"))
                .reduce((a, b) -> a + java.io.File.pathSeparator + b)
                .orElseThrow();
    }

    private void kill() throws InterruptedException {
        this.application.destroyForcibly().waitFor();
        this.application = null;
    }

    // Changes this run of the application applied (streamed changes and snapshot rows).
    private static long applied(Api api) {
        return api.get(null, "/api/v1/ingestion").body().get(0).path("applied").asLong(0);
    }

    private static long snapshotDone(Api api) {
        JsonNode source = api.get(null, "/api/v1/ingestion").body().get(0);
        return source.path("snapshot").path("rowsDone").asLong(0);
    }

    // Streaming, its snapshot finished, a heartbeat after the last change, nothing applied for 5 s.
    private static Instant awaitCaughtUp(Api api) {
        AtomicReference<Instant> at = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    JsonNode source = api.get(null, "/api/v1/ingestion").body().get(0);
                    boolean streaming = source.get("state").asString().equals("STREAMING");
                    boolean snapshotDone = source.path("snapshot").isMissingNode()
                            || source.path("snapshot").isNull()
                            || !source.path("snapshot").path("finishedAt").isNull();
                    String last = source.path("lastEvent").asString("");
                    boolean quiet = last.isEmpty()
                            || Duration.between(Instant.parse(last), Instant.now())
                                            .toSeconds()
                                    >= 5;
                    // A heartbeat after the last change: nothing the source committed waits.
                    boolean heartbeatAfterAll = source.path("lagMillis").isNumber()
                            && source.path("lagMillis").asLong() == 0;
                    if (streaming && snapshotDone && quiet && heartbeatAfterAll) {
                        at.compareAndSet(null, last.isEmpty() ? Instant.now() : Instant.parse(last));
                        return true;
                    }
                    return false;
                });
        return at.get();
    }

    private static String party(Api api, String tenant, String email) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            var found = api.get(tenant, "/api/v1/parties?email=" + email);
                            return found.body() != null
                                            && found.body().path("items").size() == 1
                                    ? found.text("/items/0/id")
                                    : null;
                        },
                        id -> id != null);
    }

    // Upserts, BATCH to a transaction; each change gives a row a new email. Through the application's restarts
    // (which stop and start the demo PostgreSQL) a batch that failed is written again: the upserts make that safe.
    private void write(int changes, AtomicLong written, AtomicBoolean writing) throws InterruptedException {
        int rate = Integer.getInteger("reliability.rate", 1_000);
        long began = System.nanoTime();
        int next = 0;
        Connection connection = null;
        while (next < changes && writing.get()) {
            try {
                if (connection == null) {
                    connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + this.postgresPort + "/postgres", "postgres", "");
                    connection.setAutoCommit(false);
                }
                int end = Math.min(changes, next + BATCH);
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO contacts (id, business_id, first_name, last_name, email)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email""")) {
                    for (int change = next; change < end; change++) {
                        int row = 2_000_000 + change % ROWS;
                        upsert.setInt(1, row);
                        upsert.setInt(2, BUSINESS);
                        upsert.setString(3, "Streamed" + row);
                        upsert.setString(4, "Person" + row);
                        upsert.setString(5, "r" + row + "-v" + change + "@reliability.example");
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
                connection.commit();
                next = end;
                written.set(next);
                // At most `rate` changes a second, so that the stream is still running at every kill.
                long due = began + (long) (next * 1e9 / rate);
                long early = due - System.nanoTime();
                if (early > 0) {
                    Thread.sleep(early / 1_000_000);
                }
            } catch (SQLException ex) {
                // The demo PostgreSQL is being replaced by a restarting application: wait and write again.
                closeQuietly(connection);
                connection = null;
                Thread.sleep(500);
            }
        }
        closeQuietly(connection);
    }

    private Map<String, String> sourceEmails() throws SQLException {
        Map<String, String> emails = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + this.postgresPort + "/postgres", "postgres", "");
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT id, email FROM contacts WHERE business_id = " + BUSINESS)) {
            while (rows.next()) {
                emails.put(rows.getString(1), rows.getString(2));
            }
        }
        return emails;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ex) {
            // Closing a connection to a server that went away: there is nothing left to release.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }
}
