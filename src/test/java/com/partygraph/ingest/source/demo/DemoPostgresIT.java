package com.partygraph.ingest.source.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.partygraph.ingest.source.IngestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo PostgreSQL across runs: a server a killed run left on the data directory is stopped and
 * replaced, with the data kept; one a live process owns is not touched, and the start says why.
 */
class DemoPostgresIT {

    @Test
    void aServerLeftRunningByAKilledRunIsStoppedAndReplaced(@TempDir Path dir) throws Exception {
        IngestSettings.Demo settings = new IngestSettings.Demo(true, 0, dir.resolve("pg"), Path.of("import"));
        // A run in a JVM of its own, killed with SIGKILL once its demo PostgreSQL is up: the server runs on.
        Process run = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Run.class.getName(),
                        dir.resolve("pg").toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(Run.READY)) {
                // the run's log
            }
            assertThat(line).as("the run started its demo PostgreSQL").isEqualTo(Run.READY);
            run.destroyForcibly().waitFor();
        }
        long leftBehind = postmaster(dir);
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive).orElse(false))
                .isTrue();

        try (DemoPostgres next = new DemoPostgres(settings)) {
            assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(postmaster(dir)).isNotEqualTo(leftBehind);
            try (Connection connection = next.connection();
                    Statement statement = connection.createStatement()) {
                var customers = statement.executeQuery("SELECT count(*) FROM customers");
                customers.next();
                assertThat(customers.getInt(1)).as("the seeded data is kept").isPositive();
            }
        }
    }

    @Test
    void aServerALiveProcessOwnsIsLeftAloneAndTheStartSaysWhy(@TempDir Path dir) throws Exception {
        IngestSettings.Demo settings = new IngestSettings.Demo(true, 0, dir.resolve("pg"), Path.of("import"));
        try (DemoPostgres running = new DemoPostgres(settings)) {
            long server = postmaster(dir);

            assertThatIllegalStateException()
                    .isThrownBy(() -> new DemoPostgres(settings))
                    .withMessageContaining(
                            "is in use by process " + ProcessHandle.current().pid());
            assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false))
                    .isTrue();
        }
    }

    private static long postmaster(Path dir) throws Exception {
        return Long.parseLong(
                Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).strip());
    }

    /** A run that starts the demo PostgreSQL on the directory it is given and waits to be killed. */
    public static final class Run {

        static final String READY = "demo-postgres-ready";

        public static void main(String[] args) throws Exception {
            new DemoPostgres(new IngestSettings.Demo(true, 0, Path.of(args[0]), Path.of("import")));
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(java.time.Duration.ofMinutes(5));
        }
    }
}
