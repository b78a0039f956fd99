package com.partygraph.bench;

import com.partygraph.bench.generate.Generator;
import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.DirectorySize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Streaming as real CRM change streams are: on the generated graph (as {@link IngestBenchmark} makes it)
 * plus contacts whose organizations follow a Zipf-like size distribution (organization k is named by
 * {@code top / k^1.5} rows: 100,000, 35,355, 19,245, … down to ~2,000 organizations of one row), a steady
 * mix of 60 % updates (half change the email, which identifies; half only the title), 30 % inserts and
 * 10 % deletes, over rows picked at random (so most changes touch large organizations). Measures
 * source commit → graph commit at the steady rate, the highest sustained rate (p95 under 1 s, drained
 * within 2 s), and title updates of rows of the largest organization against rows of one-row
 * organizations. Prints the figures and writes them under target/bench/. Options: {@code --rows}
 * (generated rows, default 1000000), {@code --zipf-top} (rows of the largest organization, default
 * 100000), {@code --rate} (default 1000), {@code --seconds} (default 30), {@code --page-cache} (default 4g). Also
 * reports the store's size after the snapshot and, per phase, Neo4j's page faults, evictions and hit ratio.
 * Command in the README ("Benchmarks").
 */
public final class MixedStreamBenchmark {

    private static final double ZIPF = 1.5;

    private final Random random = new Random(7);

    /** Live Zipf contacts: id and organization number, swap-removed on delete. */
    private final List<int[]> live = new ArrayList<>();

    private final List<Integer> largest = new ArrayList<>();

    private final List<Integer> single = new ArrayList<>();

    private final java.util.Set<Integer> deleted = new java.util.HashSet<>();

    private final List<Integer> sizes = new ArrayList<>();

    private int nextId = 50_000_000;

    private long emails;

    // The application streamed into, and what its page cache did in each phase (a store larger than the cache faults).
    private ApplicationContext app;

    private final Map<String, Object> pageCache = new LinkedHashMap<>();

    private MixedStreamBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
        int top = Integer.parseInt(options.getOrDefault("zipf-top", "100000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        String pageCache = options.getOrDefault("page-cache", "4g");
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("neo4jPageCache", pageCache);
        MixedStreamBenchmark bench = new MixedStreamBenchmark();
        try (DemoPostgres postgres =
                new DemoPostgres(new IngestSettings.Demo(true, 0, dir.resolve("postgres"), Path.of("import")))) {
            long generated = Generator.generate(
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                    "postgres",
                    "postgres",
                    (int) Math.max(1, rows * 10 / 28),
                    42,
                    1,
                    dir.resolve("ground-truth.csv"));
            try (Connection connection = postgres.connection()) {
                int zipfRows = bench.zipfContacts(connection, top);
                results.put("generatedRows", generated);
                results.put("zipfContacts", zipfRows);
                results.put("zipfOrganizations", bench.sizes.size());
                results.put("largestOrganizationRows", top);
                System.out.printf(
                        "Generated %d rows and %d contacts of %d organizations (largest %d)%n",
                        generated, zipfRows, bench.sizes.size(), top);
            }
            try (ConfigurableApplicationContext app =
                            IngestBenchmark.start(postgres, dir, pageCache, "0", "2048", "probabilistic");
                    Connection connection = postgres.connection()) {
                SourceStatus status = app.getBean(Ingestion.class)
                        .connector("demo")
                        .orElseThrow()
                        .status();
                bench.app = app;
                PageCacheUse beforeSnapshot = PageCacheUse.of(app);
                IngestBenchmark.snapshot(status, results, "snapshot");
                bench.pageCache.put("snapshot", PageCacheUse.of(app).since(beforeSnapshot));
                Path data = dir.resolve("neo4j").resolve("data");
                results.put("storeMiBAfterSnapshot", DirectorySize.bytes(data.resolve("databases")) >> 20);
                results.put("transactionLogsMiBAfterSnapshot", DirectorySize.bytes(data.resolve("transactions")) >> 20);
                connection.setAutoCommit(false);
                bench.stream(connection, status, rate, 5, bench::mixed, results, "warmup");
                boolean steady =
                        bench.stream(connection, status, rate, seconds, bench::mixed, results, "mixed-" + rate);
                int sustained = steady ? rate : 0;
                for (int tryRate = rate * 2; steady && tryRate <= 16_000; tryRate *= 2) {
                    if (!bench.stream(connection, status, tryRate, 10, bench::mixed, results, "mixed-" + tryRate)) {
                        break;
                    }
                    sustained = tryRate;
                }
                results.put("highestSustainedMixedRatePerSecond", sustained);
                int titles = Math.max(1, rate / 5);
                bench.stream(
                        connection,
                        status,
                        titles,
                        5,
                        n -> bench.title(bench.single, n),
                        results,
                        "title-updates-one-row-organizations");
                bench.stream(
                        connection,
                        status,
                        titles,
                        5,
                        n -> bench.title(bench.largest, n),
                        results,
                        "title-updates-largest-organization");
                results.put("pageCache", bench.pageCache);
            }
        }
        BenchReport.write("mixed-stream-benchmark", results, dir);
    }

    /** Inserts the Zipf contacts (business 1); returns how many. */
    private int zipfContacts(Connection connection, int top) throws Exception {
        for (int k = 1; top / Math.pow(k, ZIPF) >= 1; k++) {
            this.sizes.add((int) (top / Math.pow(k, ZIPF)));
        }
        int total = 0;
        try (Statement statement = connection.createStatement()) {
            StringBuilder insert = new StringBuilder();
            for (int k = 0; k < this.sizes.size(); k++) {
                for (int i = 0; i < this.sizes.get(k); i++) {
                    int id = this.nextId++;
                    this.live.add(new int[] {id, k});
                    (k == 0 ? this.largest : this.sizes.get(k) == 1 ? this.single : new ArrayList<Integer>()).add(id);
                    insert.append(
                                    insert.isEmpty()
                                            ? "INSERT INTO contacts (id, business_id, first_name, last_name, "
                                                    + "email, organization, title) VALUES "
                                            : ",")
                            .append(values(id, k));
                    if (++total % 1000 == 0) {
                        statement.execute(insert.toString());
                        insert.setLength(0);
                    }
                }
            }
            if (!insert.isEmpty()) {
                statement.execute(insert.toString());
            }
        }
        return total;
    }

    private String values(int id, int organization) {
        return "(" + id + ", 1, 'Zipf', 'Row" + id + "', 'zipf-" + id + "-" + (this.emails++)
                + "@example.com', 'Zipf Org " + (organization + 1) + "', 'Engineer')";
    }

    /** One change of the mix, as SQL. */
    private String mixed(int n) {
        double draw = this.random.nextDouble();
        if (draw < 0.6 && !this.live.isEmpty()) {
            int[] row = this.live.get(this.random.nextInt(this.live.size()));
            return draw < 0.3
                    ? "UPDATE contacts SET email = 'zipf-" + row[0] + "-" + (this.emails++)
                            + "@example.com' WHERE id = " + row[0]
                    : "UPDATE contacts SET title = 'Title " + n + "' WHERE id = " + row[0];
        }
        if (draw < 0.9 || this.live.isEmpty()) {
            int id = this.nextId++;
            int organization = organization();
            this.live.add(new int[] {id, organization});
            return "INSERT INTO contacts (id, business_id, first_name, last_name, email, organization, title) VALUES "
                    + values(id, organization);
        }
        int index = this.random.nextInt(this.live.size());
        int[] row = this.live.get(index);
        this.live.set(index, this.live.get(this.live.size() - 1));
        this.live.remove(this.live.size() - 1);
        // Not removed from the lists of the title updates (a search of 100,000 ids took 3 % of the machine's CPU
        // samples while streaming): they skip deleted rows.
        this.deleted.add(row[0]);
        return "DELETE FROM contacts WHERE id = " + row[0];
    }

    /** An organization drawn with probability proportional to its size. */
    private int organization() {
        int k = 0;
        double pick = this.random.nextDouble()
                * this.sizes.stream().mapToInt(Integer::intValue).sum();
        double seen = 0;
        while (k < this.sizes.size() - 1 && (seen += this.sizes.get(k)) < pick) {
            k++;
        }
        return k;
    }

    private String title(List<Integer> ids, int n) {
        int id;
        do {
            id = ids.get(this.random.nextInt(ids.size()));
        } while (this.deleted.contains(id));
        return "UPDATE contacts SET title = 'Title " + n + "' WHERE id = " + id;
    }

    /**
     * Sends {@code rate} changes a second for {@code seconds}, each 10 ms tick's changes in one source
     * transaction; true when the graph kept up (all applied, p95 under 1 s, drained within 2 s).
     */
    private boolean stream(
            Connection connection,
            SourceStatus status,
            int rate,
            int seconds,
            IntFunction<String> change,
            Map<String, Object> results,
            String label)
            throws Exception {
        LatencyLog latencies = LatencyLog.of(status);
        PageCacheUse cache = PageCacheUse.of(this.app);
        long before = latencies.count();
        int perTick = Math.max(1, rate / 100);
        long start = System.nanoTime();
        long sent = 0;
        try (Statement statement = connection.createStatement()) {
            for (long tick = 0; tick < seconds * 100L; tick++) {
                for (int i = 0; i < perTick; i++) {
                    statement.addBatch(change.apply((int) sent++));
                }
                statement.executeBatch();
                connection.commit();
                long wait = start + (tick + 1) * 10_000_000L - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
        boolean kept = StreamFigures.record(latencies, before, sent, start, rate, seconds, results, label);
        this.pageCache.put(label, PageCacheUse.of(this.app).since(cache));
        return kept;
    }
}
