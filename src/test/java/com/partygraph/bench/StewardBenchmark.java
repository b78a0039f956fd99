package com.partygraph.bench;

import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long steward decisions take on parties of 10 and of 10,000 records: an organization named by that many
 * contacts (each contact a person with an EMPLOYEE_OF edge to it) is merged into another of the same size, and
 * unmerged again, over HTTP against the application with its demo PostgreSQL streaming; the unmerge gives the
 * absorbed organization back its records and moves their edges back, the rows applied again through ingestion.
 * Between rounds the unmerge's never-link is withdrawn (not timed). Prints p50 and max per operation and size and
 * writes {@code target/bench/<time>/steward-benchmark.json}.
 *
 * <p>With {@code --reresolve-rows N}, N generated rows (all demo tables, {@code Generator}) are loaded first and
 * snapshotted (its rate is the ceiling to compare with), then tenant {@code business-1} is re-resolved: a dry run,
 * then applied, each timed (rows/s). Options: {@code --sizes} (default {@code 10,10000}; empty for none),
 * {@code --rounds} (default 5), {@code --reresolve-rows} (default 0: none), {@code --page-cache} (default 1g).
 */
public final class StewardBenchmark {

    private static final String KEY = "pg_steward-benchmark-admin-key-0123456789";

    private static final String TENANT = "business-900";

    private StewardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        List<Integer> sizes = java.util.Arrays.stream(
                        options.getOrDefault("sizes", "10,10000").split(","))
                .filter(size -> !size.isBlank())
                .map(Integer::parseInt)
                .toList();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        long reresolveRows = Long.parseLong(options.getOrDefault("reresolve-rows", "0"));
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("rounds", rounds);
        DemoPostgres postgres =
                new DemoPostgres(new IngestSettings.Demo(true, 0, dir.resolve("postgres"), Path.of("import")));
        if (reresolveRows > 0) {
            // The generator writes about 2.8 rows per real party across the demo tables.
            results.put(
                    "generatedRows",
                    com.partygraph.bench.generate.Generator.generate(
                            "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                            "postgres",
                            "postgres",
                            (int) Math.max(1, reresolveRows * 10 / 28),
                            42,
                            1,
                            dir.resolve("ground-truth.csv")));
        }
        try (postgres;
                ConfigurableApplicationContext app = IngestBenchmark.start(
                        postgres,
                        dir,
                        options.getOrDefault("page-cache", "1g"),
                        "0",
                        "2048",
                        "probabilistic",
                        "--partygraph.security.operator-key=" + KEY,
                        "--partygraph.security.requests-per-second=1000000",
                        "--partygraph.security.burst=1000000")) {
            SourceStatus status =
                    app.getBean(Ingestion.class).connector("demo").orElseThrow().status();
            IngestBenchmark.snapshot(status, results, "snapshot");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http http = new Http(port);
            if (reresolveRows > 0) {
                reresolve(http, results, true);
                reresolve(http, results, false);
            }
            for (int size : sizes) {
                String survivor = organization(postgres, status, http, "Alpha Freight " + size, size);
                String other = organization(postgres, status, http, "Bravo Foods " + size, size);
                List<Double> merges = new ArrayList<>();
                List<Double> unmerges = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    long start = System.nanoTime();
                    http.call("POST", "/api/v1/parties/" + survivor + "/merge", "{\"partyId\": \"" + other + "\"}");
                    merges.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    String unmerge = http.call("POST", "/api/v1/parties/" + other + "/unmerge", "");
                    unmerges.add((System.nanoTime() - start) / 1e6);
                    http.call("DELETE", "/api/v1/resolution/decisions/" + field(unmerge, "id"), null);
                }
                System.out.printf("%,d records: merge %s ms, unmerge %s ms%n", size, merges, unmerges);
                results.put("merge" + size + "P50Ms", BenchReport.round(percentile(merges, 0.5)));
                results.put("merge" + size + "MaxMs", BenchReport.round(percentile(merges, 1)));
                results.put("unmerge" + size + "P50Ms", BenchReport.round(percentile(unmerges, 0.5)));
                results.put("unmerge" + size + "MaxMs", BenchReport.round(percentile(unmerges, 1)));
            }
        }
        BenchReport.write("steward-benchmark", results, dir);
    }

    /** Re-resolves tenant business-1 and records its rate and what it changed. */
    private static void reresolve(Http http, Map<String, Object> results, boolean dryRun) throws Exception {
        String label = dryRun ? "reresolveDryRun" : "reresolveApply";
        http.call("POST", "/api/v1/resolution/reresolve?dryRun=" + dryRun, "", "business-1");
        String status;
        do {
            Thread.sleep(1000);
            status = http.call("GET", "/api/v1/resolution/reresolve", null, "business-1");
        } while (status.contains("\"state\":\"running\""));
        System.out.println(label + ": " + status);
        results.put(label + "State", field(status, "state"));
        results.put(label + "Rows", Long.parseLong(number(status, "rowsDone")));
        results.put(label + "RowsPerSecond", Double.parseDouble(number(status, "rowsPerSecond")));
        for (String count : List.of("rowsChanged", "moved", "split", "merged", "suggested")) {
            results.put(
                    label + Character.toUpperCase(count.charAt(0)) + count.substring(1),
                    Long.parseLong(number(status, count)));
        }
    }

    private static String number(String json, String name) {
        Matcher matcher =
                java.util.regex.Pattern.compile("\"" + name + "\":([0-9.]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    /** Inserts {@code size} contacts naming the organization, waits until they are in, returns its party id. */
    private static String organization(DemoPostgres postgres, SourceStatus status, Http http, String name, int size)
            throws Exception {
        long applied = status.view().applied();
        try (Connection connection = postgres.connection();
                var statement = connection.createStatement()) {
            String tag = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            statement.execute("INSERT INTO contacts (business_id, first_name, last_name, email, organization, title) "
                    + "SELECT 900, 'Person', 'N' || n, '" + tag + "-' || n || '@example.com', '" + name + "', 'Clerk' "
                    + "FROM generate_series(1, " + size + ") AS n");
        }
        long started = System.nanoTime();
        while (status.view().applied() < applied + size) {
            Thread.sleep(100);
        }
        System.out.printf("%s: %,d contacts in %.1f s%n", name, size, (System.nanoTime() - started) / 1e9);
        String found =
                http.call("GET", "/api/v1/parties?name=" + name.replace(" ", "%20") + "&kind=ORGANIZATION", null);
        return field(found, "id");
    }

    private static String field(String json, String name) {
        Matcher matcher =
                java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** The application's REST API with the benchmark's admin key on its tenant. */
    private record Http(int port, HttpClient client) {

        Http(int port) {
            this(port, HttpClient.newHttpClient());
        }

        String call(String method, String path, String body) throws Exception {
            return call(method, path, body, TENANT);
        }

        String call(String method, String path, String body, String tenant) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                    .header("Authorization", "Bearer " + KEY)
                    .header("X-Tenant-Id", tenant)
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
