package com.partygraph.bench;

import com.partygraph.PartyGraphApplication;
import com.partygraph.bench.generate.Generator;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.StaleTestDirectories;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * End-to-end ingestion benchmark on this machine: generates source rows into a fresh embedded
 * PostgreSQL, starts the application against it, and measures (1) the initial snapshot into the
 * graph in rows per second, (2) commit-to-graph latency while inserting at a steady rate, and
 * (3) the highest rate that is sustained (p95 under 1 s and drained within 2 s of the last insert).
 * Streaming is measured after an unmeasured 5-second warm-up at the target rate. Also reports what the
 * snapshot made per source row (nodes by label, relationships by type: {@link GraphShape}), the shape
 * {@link GraphCeilingBenchmark} writes. Prints the figures and writes them under target/bench/.
 * Options: {@code --rows}, {@code --rate}, {@code --seconds}, {@code --page-cache} (Neo4j's, default 4g),
 * {@code --phases} ({@code all}, the default, or {@code snapshot}: the first snapshot only, for quick comparisons),
 * {@code --writers} (graph transactions at once for snapshot batches; default 0, one per processor),
 * {@code --max-batch-size} (changes per batch, default 2048), {@code --resolution} ({@code probabilistic}, the
 * default, or {@code exact}: a record joins a party only by a shared email or identifier).
 * The command is in the README ("Benchmarks").
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        long rows = Long.parseLong(options.getOrDefault("rows", "100000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        // Neo4j's page cache; sized above the store of a 1M-row graph (about 2 GB) by default.
        String pageCache = options.getOrDefault("page-cache", "4g");
        boolean all = !"snapshot".equals(options.getOrDefault("phases", "all"));
        String writers = options.getOrDefault("writers", "0");
        String batch = options.getOrDefault("max-batch-size", "2048");
        String resolution = options.getOrDefault("resolution", "probabilistic");
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("neo4jPageCache", pageCache);
        results.put("writers", writers);
        results.put("maxBatchSize", batch);
        results.put("resolution", resolution);

        try (DemoPostgres postgres =
                new DemoPostgres(new IngestSettings.Demo(true, 0, dir.resolve("postgres"), Path.of("import")))) {
            long generateStart = System.nanoTime();
            // The generator writes about 2.8 rows per real party across the demo tables.
            long generated = Generator.generate(
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                    "postgres",
                    "postgres",
                    (int) Math.max(1, rows * 10 / 28),
                    42,
                    1,
                    dir.resolve("ground-truth.csv"));
            results.put("generatedRows", generated);
            results.put("generateSeconds", seconds(generateStart));
            System.out.printf("Generated %d source rows%n", generated);

            try (ConfigurableApplicationContext app = start(postgres, dir, pageCache, writers, batch, resolution)) {
                SourceStatus status = app.getBean(Ingestion.class)
                        .connector("demo")
                        .orElseThrow()
                        .status();
                StatementTimes statements = StatementTimes.sinceStart(app.getBean(MeterRegistry.class));
                CpuUse cpu = CpuUse.start();
                snapshot(status, results, "snapshot");
                cpu.since(results, "snapshot", ((Number) results.get("snapshotRows")).longValue());
                // Where the writers' time went, statement by statement (planning and execution, not commits).
                statements.since(15, results, "snapshot").forEach(line -> System.out.println("  " + line));
                results.put(
                        "graphPerSnapshotRow",
                        GraphShape.perRow(
                                app.getBean(EmbeddedNeo4j.class).database(),
                                ((Number) results.get("snapshotRows")).longValue()));
                if (!all) {
                    report(results, dir);
                    return;
                }
                try (Connection connection = postgres.connection()) {
                    // Five seconds at the target rate first, not measured: streaming right after a snapshot is cold.
                    streaming(connection, status, rate, 5, new LinkedHashMap<>(), "warmup");
                    boolean steady = streaming(connection, status, rate, seconds, results, "steady");
                    int sustained = steady ? rate : 0;
                    for (int tryRate = rate * 2; steady && tryRate <= 32_000; tryRate *= 2) {
                        if (!streaming(connection, status, tryRate, 10, results, "ramp-" + tryRate)) {
                            break;
                        }
                        sustained = tryRate;
                    }
                    // 0 means even the steady rate was not sustained; see each run's applyRatePerSecond.
                    results.put("highestSustainedRatePerSecond", sustained);
                }
            }
            // The snapshot read again over the graph it made, as after lost offsets: rows the graph
            // holds unchanged are left alone (the inserts of the streaming phases are in it too).
            StaleTestDirectories.deleteRecursively(dir.resolve("state"));
            try (ConfigurableApplicationContext app = start(postgres, dir, pageCache, writers, batch, resolution)) {
                snapshot(
                        app.getBean(Ingestion.class)
                                .connector("demo")
                                .orElseThrow()
                                .status(),
                        results,
                        "replayedSnapshot");
            }
        }
        report(results, dir);
    }

    static ConfigurableApplicationContext start(
            DemoPostgres postgres,
            Path dir,
            String pageCache,
            String writers,
            String batch,
            String resolution,
            String... more) {
        return start(postgres, "demo", "import/mapping.yaml", dir, pageCache, writers, batch, resolution, more);
    }

    /** The application against {@code postgres}, its tables read as source {@code name} with {@code mapping}. */
    static ConfigurableApplicationContext start(
            DemoPostgres postgres,
            String name,
            String mapping,
            Path dir,
            String pageCache,
            String writers,
            String batch,
            String resolution,
            String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--partygraph.neo4j.embedded.bolt-port=0",
                "--partygraph.neo4j.embedded.directory=" + dir.resolve("neo4j"),
                "--partygraph.neo4j.embedded.page-cache=" + pageCache,
                "--partygraph.ingest.writers=" + writers,
                "--partygraph.ingest.state-directory=" + dir.resolve("state"),
                "--partygraph.ingest.sources[0].name=" + name,
                "--partygraph.ingest.sources[0].host=127.0.0.1",
                "--partygraph.ingest.sources[0].port=" + postgres.port(),
                "--partygraph.ingest.sources[0].database=postgres",
                "--partygraph.ingest.sources[0].username=postgres",
                "--partygraph.ingest.sources[0].password=postgres",
                "--partygraph.ingest.sources[0].mapping=" + mapping,
                "--partygraph.resolution.mode=" + resolution,
                "--partygraph.ingest.sources[0].poll-interval-ms=10",
                "--partygraph.ingest.sources[0].max-batch-size=" + batch,
                "--logging.level.root=WARN",
                "--logging.level.com.partygraph=INFO"));
        arguments.addAll(List.of(more));
        return SpringApplication.run(PartyGraphApplication.class, arguments.toArray(String[]::new));
    }

    static void snapshot(SourceStatus status, Map<String, Object> results, String label) throws InterruptedException {
        while (true) {
            SourceStatus.View view = status.view();
            if (view.state() == SourceStatus.State.FAILED) {
                throw new IllegalStateException("Ingestion failed: " + view.failure());
            }
            SourceStatus.Snapshot snapshot = view.snapshot();
            if (snapshot.rowsTotal() > 0 && snapshot.rowsDone() >= snapshot.rowsTotal()) {
                double secs =
                        Duration.between(snapshot.startedAt(), Instant.now()).toMillis() / 1000.0;
                results.put(label + "Rows", snapshot.rowsDone());
                results.put(label + "Seconds", round(secs));
                results.put(label + "RowsPerSecond", Math.round(snapshot.rowsDone() / secs));
                results.put(label + "SyncErrors", view.errors());
                results.put(label + "Skipped", view.skipped());
                System.out.printf(
                        "%s: %d rows in %.1f s = %d rows/s%n",
                        label, snapshot.rowsDone(), secs, Math.round(snapshot.rowsDone() / secs));
                return;
            }
            Thread.sleep(250);
        }
    }

    /** Inserts at {@code rate} rows/s for {@code seconds}; true when the graph kept up. */
    private static boolean streaming(
            Connection connection,
            SourceStatus status,
            int rate,
            int seconds,
            Map<String, Object> results,
            String label)
            throws Exception {
        LatencyLog latencies = LatencyLog.of(status);
        long before = latencies.count();
        int perTick = Math.max(1, rate / 100);
        long start = System.nanoTime();
        long sent = 0;
        try (var statement = connection.createStatement()) {
            for (long tick = 0; tick < seconds * 100L; tick++) {
                StringBuilder insert = new StringBuilder(
                        "INSERT INTO contacts (business_id, first_name, last_name, email, organization) VALUES ");
                for (int i = 0; i < perTick; i++) {
                    long n = sent++;
                    insert.append(i == 0 ? "" : ",")
                            .append("(1, 'Bench', 'Row")
                            .append(n)
                            .append("', 'bench-")
                            .append(label)
                            .append('-')
                            .append(n)
                            .append("@example.com', 'Bench Co')");
                }
                statement.execute(insert.toString());
                long due = start + (tick + 1) * 10_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
        return StreamFigures.record(latencies, before, sent, start, rate, seconds, results, "streaming-" + label);
    }

    private static void report(Map<String, Object> results, Path dir) throws Exception {
        BenchReport.write("ingest-benchmark", results, dir);
    }

    private static double seconds(long startNanos) {
        return round((System.nanoTime() - startNanos) / 1e9);
    }

    private static double round(double value) {
        return BenchReport.round(value);
    }
}
