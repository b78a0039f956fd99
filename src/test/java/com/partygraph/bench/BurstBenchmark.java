package com.partygraph.bench;

import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bursts of changes into the demo, as a user sends them with psql, each timed from its commit until the graph has
 * applied all of it (the source's applied + skipped + errors counters): 1,000 new contacts in one statement, then
 * three times 1,000 updates of them in one statement (the first one cold), then 300 single-row updates, each its own
 * transaction. Prints the figures and writes them under target/bench/. Options: {@code --rows} (rows a burst
 * touches, default 1000), {@code --single} (single-row transactions, default 300), {@code --page-cache} (default
 * 512m), {@code --restart true} (the bursts go to the application started again on the demo it made, as after a
 * restart, rather than to the first start), {@code --pause} (seconds to wait before each burst, as a user typing the
 * next command; default 0: back to back), {@code --warm-up false} (no statements planned ahead, at start or while the
 * sources are quiet). Run it with a flight recording to see where the time goes (README, "Benchmarks").
 */
public final class BurstBenchmark {

    private BurstBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000"));
        int single = Integer.parseInt(options.getOrDefault("single", "300"));
        String pageCache = options.getOrDefault("page-cache", "512m");
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        boolean restart = Boolean.parseBoolean(options.getOrDefault("restart", "false"));
        results.put("restart", restart);
        long pauseMillis = Math.round(1000 * Double.parseDouble(options.getOrDefault("pause", "0")));
        results.put("pauseSeconds", pauseMillis / 1000.0);
        boolean plansAhead = Boolean.parseBoolean(options.getOrDefault("warm-up", "true"));
        results.put("warmUp", plansAhead);
        String warmUp = "--partygraph.ingest.warm-up=" + plansAhead;
        try (DemoPostgres postgres =
                        new DemoPostgres(new IngestSettings.Demo(true, 0, dir.resolve("postgres"), Path.of("import")));
                Restartable app = new Restartable(
                        () -> IngestBenchmark.start(postgres, dir, pageCache, "0", "2048", "probabilistic", warmUp))) {
            IngestBenchmark.snapshot(
                    app.get()
                            .getBean(Ingestion.class)
                            .connector("demo")
                            .orElseThrow()
                            .status(),
                    results,
                    "demoSnapshot");
            if (restart) {
                // The bursts then come to an application started again on the demo it made, as after a restart.
                long restarting = System.nanoTime();
                app.restart();
                results.put("secondsToRestart", Math.round((System.nanoTime() - restarting) / 1e8) / 10.0);
            }
            SourceStatus status = app.get()
                    .getBean(Ingestion.class)
                    .connector("demo")
                    .orElseThrow()
                    .status();
            MeterRegistry registry = app.get().getBean(MeterRegistry.class);
            // A user's first burst comes after the statements were planned ahead (StatementWarmUp), not during it.
            long warming = System.nanoTime();
            results.put(
                    "plannedAhead",
                    app.get().getBean(Ingestion.class).warmedUp().get());
            results.put("secondsWaitedForPlansAhead", Math.round((System.nanoTime() - warming) / 1e8) / 10.0);
            try (Connection connection = postgres.connection();
                    Statement sql = connection.createStatement()) {
                burst(
                        registry,
                        status,
                        results,
                        "insertsInOneStatement",
                        rows,
                        () -> sql.execute(
                                "INSERT INTO contacts (business_id, first_name, last_name, email, organization, title)"
                                        + " SELECT 1, 'Burst', 'Row' || g, 'burst' || g || '@burst.example.com',"
                                        + " 'Burst Org ' || (g % 50), 'Buyer' FROM generate_series(1, " + rows
                                        + ") g"),
                        pauseMillis);
                for (int round = 1; round <= 3; round++) {
                    String title = "Title " + round;
                    burst(
                            registry,
                            status,
                            results,
                            "updatesInOneStatement" + round,
                            rows,
                            () -> sql.execute("UPDATE contacts SET title = '" + title
                                    + "' WHERE email LIKE 'burst%@burst.example.com'"),
                            pauseMillis);
                }
                connection.setAutoCommit(true);
                burst(
                        registry,
                        status,
                        results,
                        "singleRowTransactions",
                        single,
                        () -> {
                            for (int i = 1; i <= single; i++) {
                                sql.execute("UPDATE contacts SET title = 'Single " + i + "' WHERE email = 'burst" + i
                                        + "@burst.example.com'");
                            }
                        },
                        pauseMillis);
            }
        }
        BenchReport.write("burst-benchmark", results, dir);
    }

    /** The application under test, which can be stopped and started again on the same directories. */
    private static final class Restartable implements AutoCloseable {

        private final java.util.function.Supplier<ConfigurableApplicationContext> starter;

        private ConfigurableApplicationContext context;

        Restartable(java.util.function.Supplier<ConfigurableApplicationContext> starter) {
            this.starter = starter;
            this.context = starter.get();
        }

        ConfigurableApplicationContext get() {
            return this.context;
        }

        void restart() {
            this.context.close();
            this.context = this.starter.get();
        }

        @Override
        public void close() {
            this.context.close();
        }
    }

    @FunctionalInterface
    private interface Work {

        void run() throws Exception;
    }

    // Times the burst from its commit (the last one's, for many) until the graph applied every change of it.
    private static void burst(
            MeterRegistry registry,
            SourceStatus status,
            Map<String, Object> results,
            String label,
            int changes,
            Work work,
            long pauseMillis)
            throws Exception {
        Thread.sleep(pauseMillis);
        long before = done(status.view());
        StatementTimes statements = new StatementTimes(registry);
        long began = System.nanoTime();
        work.run();
        long committed = System.nanoTime();
        while (done(status.view()) < before + changes) {
            SourceStatus.View view = status.view();
            if (view.state() == SourceStatus.State.FAILED) {
                throw new IllegalStateException("Ingestion failed: " + view.failure());
            }
            Thread.sleep(5);
        }
        long drained = System.nanoTime();
        double seconds = (drained - began) / 1e9;
        results.put(label + "Changes", changes);
        results.put(label + "SecondsToWrite", BenchReport.round((committed - began) / 1e9));
        results.put(label + "SecondsAfterCommit", BenchReport.round((drained - committed) / 1e9));
        results.put(label + "ChangesPerSecond", Math.round(changes / seconds));
        System.out.printf(
                "%s: %d changes drained in %.2f s = %d changes/s%n",
                label, changes, seconds, Math.round(changes / seconds));
        statements.since(40, results, label).forEach(line -> System.out.println("  " + line));
    }

    private static long done(SourceStatus.View view) {
        return view.applied() + view.skipped() + view.errors();
    }
}
