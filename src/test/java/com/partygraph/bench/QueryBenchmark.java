package com.partygraph.bench;

import com.partygraph.graph.ActivityWindows;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.party.NameQuery;
import com.partygraph.query.QuerySettings;
import com.partygraph.resolution.NameNormalizer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the query API answers on a large graph, against the floor of the same Cypher sent straight over
 * Bolt. Generates (once; kept in {@code --graph}, default {@code target/bench/query-graph}) the graph of
 * {@link QueryGraph}: a million parties and 5.2 million party-to-party relationships by default. Then, for
 * each endpoint in turn — party 360, depth-2 neighbourhood, shortest paths (at most 4 hops), name search,
 * LLM context — {@code --clients} threads (default 8) send {@code --requests} requests (default 2000; every
 * endpoint is warmed first with {@code --warmup} 400 both ways) first as the endpoint's statements over the
 * application's own Bolt driver, with the parameters the endpoint binds, then over HTTP to the running
 * application; each request's time is recorded. The samples measured are read once before both, so that
 * both find them in the page cache. Prints and writes under {@code target/bench/} p50, p99 and mean of both and the p99 ratio.
 * Other options: {@code --parties}, {@code --page-cache} (default 8g), {@code --writers} (default 2),
 * {@code --batch} (default 4000). Command in the README ("Benchmarks").
 */
public final class QueryBenchmark {

    private static final String KEY = "pg_query-benchmark-admin-key-0123456789";

    private static final List<String> ALL_TYPES =
            Arrays.stream(RelationshipType.values()).map(Enum::name).toList();

    private QueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        int parties = Integer.parseInt(options.getOrDefault("parties", "1000000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "400"));
        String pageCache = options.getOrDefault("page-cache", "8g");
        Path graphDir = Path.of(options.getOrDefault("graph", "target/bench/query-graph"))
                .toAbsolutePath();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("clients", clients);
        results.put("requestsPerEndpoint", requests);
        results.put("neo4jPageCache", pageCache);
        try (ConfigurableApplicationContext app = GraphCeilingBenchmark.withoutIngestion(
                graphDir.resolve("neo4j"),
                pageCache,
                "--partygraph.security.operator-key=" + KEY,
                "--partygraph.security.requests-per-second=1000000",
                "--partygraph.security.burst=1000000")) {
            QueryGraph graph = new QueryGraph(parties);
            GraphDatabaseService database = app.getBean(EmbeddedNeo4j.class).database();
            long existing = GraphShape.count(database, "MATCH (p:Party) RETURN count(p) AS n", Map.of());
            if (existing == 0) {
                System.out.println("Generating " + parties + " parties into " + graphDir);
                results.put(
                        "generation",
                        graph.write(
                                database,
                                Integer.parseInt(options.getOrDefault("writers", "2")),
                                Integer.parseInt(options.getOrDefault("batch", "4000"))));
            } else if (existing < parties) {
                throw new IllegalStateException(graphDir + " holds " + existing + " parties, fewer than " + parties
                        + ": delete it to generate again");
            }
            results.put("parties", GraphShape.count(database, "MATCH (p:Party) RETURN count(p) AS n", Map.of()));
            long partyEdges = 0;
            for (String type : ALL_TYPES) {
                partyEdges += GraphShape.count(
                        database, "MATCH ()-[r:$($type)]->() RETURN count(r) AS n", Map.of("type", type));
            }
            results.put("partyRelationships", partyEdges);
            results.put(
                    "allRelationships", GraphShape.count(database, "MATCH ()-[r]->() RETURN count(r) AS n", Map.of()));
            results.put("nodes", GraphShape.count(database, "MATCH (n) RETURN count(n) AS n", Map.of()));
            Run run = new Run(app, graph, clients);
            // Every endpoint warmed both ways first, so that the first one measured is not also the JIT's.
            for (Endpoint endpoint : run.endpoints()) {
                run.warm(endpoint, warmup);
            }
            Map<String, Object> table = new LinkedHashMap<>();
            for (Endpoint endpoint : run.endpoints()) {
                table.put(endpoint.name(), run.measure(endpoint, warmup, requests));
            }
            results.put("endpoints", table);
        }
        BenchReport.write("query-benchmark", results, BenchReport.directory());
    }

    /**
     * One endpoint measured two ways: {@code path} is the HTTP request for sample {@code i}; {@code bolt} runs
     * its statements for the same sample.
     */
    private record Endpoint(String name, java.util.function.IntFunction<String> path, BoltWork bolt) {}

    @FunctionalInterface
    private interface BoltWork {

        void run(Session session, int sample);
    }

    private static final class Run {

        private final QueryGraph graph;

        private final int clients;

        private final Driver driver;

        private final CypherQueries queries;

        private final QuerySettings settings;

        private final ActivityWindows windows;

        private final NameNormalizer names;

        private final HttpClient http;

        private final String base;

        private final int[] parties;

        private final int[][] pairs;

        private final String[] typed;

        Run(ConfigurableApplicationContext app, QueryGraph graph, int clients) {
            this.graph = graph;
            this.clients = clients;
            this.driver = app.getBean(Driver.class);
            this.queries = app.getBean(CypherQueries.class);
            this.settings = app.getBean(QuerySettings.class);
            this.windows = app.getBean(ActivityWindows.class);
            this.names = app.getBean(NameNormalizer.class);
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            // Samples: random parties, pairs (a quarter colleagues, a quarter a person and a tie of their
            // employer, half two people at random), names as typed (half with two letters swapped).
            Random random = new Random(42);
            int samples = 1 << 16;
            this.parties = new int[samples];
            this.pairs = new int[samples][];
            this.typed = new String[samples];
            for (int i = 0; i < samples; i++) {
                this.parties[i] = random.nextInt(graph.parties());
                int person = graph.organizations() + random.nextInt(graph.parties() - graph.organizations());
                int choice = random.nextInt(4);
                this.pairs[i] = new int[] {
                    person,
                    choice == 0
                            ? colleague(person, random)
                            : choice == 1
                                    ? graph.skewedOrganization(graph.employer(person), 50)
                                    : graph.organizations() + random.nextInt(graph.parties() - graph.organizations())
                };
                String family = graph.familyName(person);
                this.typed[i] = graph.givenName(person) + " "
                        + (random.nextBoolean() || family.length() < 4
                                ? family
                                : family.charAt(0) + "" + family.charAt(2) + family.charAt(1) + family.substring(3));
            }
        }

        private int colleague(int person, Random random) {
            int employer = this.graph.employer(person);
            for (int tries = 0; tries < 20_000; tries++) {
                int other =
                        this.graph.organizations() + random.nextInt(this.graph.parties() - this.graph.organizations());
                if (other != person && this.graph.employer(other) == employer) {
                    return other;
                }
            }
            return this.graph.organizations() + random.nextInt(this.graph.parties() - this.graph.organizations());
        }

        private String id(int party) {
            return QueryGraph.id(party).toString();
        }

        List<Endpoint> endpoints() {
            return List.of(
                    new Endpoint(
                            "party360",
                            i -> "/api/v1/parties/" + id(this.parties[i]) + "/360",
                            (session, i) -> party360(session, id(this.parties[i]))),
                    new Endpoint(
                            "neighbourhoodDepth2",
                            i -> "/api/v1/parties/" + id(this.parties[i]) + "/neighbourhood",
                            (session, i) -> neighbourhood(session, id(this.parties[i]), 2, 200)),
                    new Endpoint(
                            "shortestPaths",
                            i -> "/api/v1/paths?from=" + id(this.pairs[i][0]) + "&to=" + id(this.pairs[i][1]),
                            (session, i) -> paths(session, id(this.pairs[i][0]), id(this.pairs[i][1]))),
                    new Endpoint(
                            "nameSearch",
                            i -> "/api/v1/parties?name=" + URLEncoder.encode(this.typed[i], StandardCharsets.UTF_8),
                            (session, i) -> search(session, this.typed[i])),
                    new Endpoint(
                            "llmContext",
                            i -> "/api/v1/parties/" + id(this.parties[i]) + "/context",
                            (session, i) -> party360(session, id(this.parties[i]))));
        }

        // What PartyQueries.party360 runs (the context endpoint runs the same and writes Markdown).
        private void party360(Session session, String id) {
            String survivor = survivor(session, id);
            read(
                    session,
                    "party-360",
                    Map.of(
                            "tenant",
                            QueryGraph.TENANT,
                            "id",
                            survivor,
                            "relationshipTypes",
                            ALL_TYPES,
                            "revenueTypes",
                            this.settings.revenueTypes(),
                            "defaultCurrency",
                            this.settings.defaultCurrency()));
        }

        // What PartyQueries.neighbourhood runs, hop by hop, with the same caps.
        private void neighbourhood(Session session, String id, int depth, int maxNodes) {
            String centre = survivor(session, id);
            java.util.Set<String> seen = new java.util.LinkedHashSet<>(List.of(centre));
            java.util.Set<String> edges = new java.util.HashSet<>();
            List<String> frontier = List.of(centre);
            for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("tenant", QueryGraph.TENANT);
                parameters.put("ids", frontier);
                parameters.put("relationshipTypes", ALL_TYPES);
                parameters.put("labels", null);
                parameters.put("roles", null);
                parameters.put("currentOnly", false);
                parameters.put("limit", this.settings.maxEdges() - edges.size() + 1);
                List<String> next = new ArrayList<>();
                for (Record row : read(session, "party-neighbours", parameters)) {
                    if (edges.size() >= this.settings.maxEdges()) {
                        break;
                    }
                    String other = row.get("otherId").asString();
                    if (!seen.contains(other) && seen.size() < maxNodes) {
                        seen.add(other);
                        next.add(other);
                    }
                    edges.add(row.get("edgeId").asString());
                }
                frontier = next;
            }
            read(session, "party-nodes", Map.of("tenant", QueryGraph.TENANT, "ids", List.copyOf(seen)));
        }

        private void paths(Session session, String from, String to) {
            String a = survivor(session, from);
            String b = survivor(session, to);
            read(
                    session,
                    "party-paths",
                    Map.of("tenant", QueryGraph.TENANT, "fromId", a, "toId", b, "maxLength", 4, "limit", 3));
        }

        // What PartySearches.search runs for a name: the page of hits, then their summaries.
        private void search(Session session, String typed) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("tenant", QueryGraph.TENANT);
            for (String unused : List.of("kindLabel", "role", "source", "city", "lifecycle")) {
                parameters.put(unused, null);
            }
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now();
            parameters.put("activeSince", this.windows.activeSince(now));
            parameters.put("dormantSince", this.windows.dormantSince(now));
            parameters.put("query", NameQuery.lucene(this.names, typed));
            parameters.put("skip", 0);
            parameters.put("limit", 21);
            List<String> ids = read(session, "party-search-by-name", parameters).stream()
                    .map(row -> row.get("id").asString())
                    .limit(20)
                    .toList();
            if (!ids.isEmpty()) {
                read(session, "party-summaries", Map.of("tenant", QueryGraph.TENANT, "ids", ids));
            }
        }

        private String survivor(Session session, String id) {
            return read(session, "party-survivor", Map.of("tenant", QueryGraph.TENANT, "id", id))
                    .get(0)
                    .get("id")
                    .asString();
        }

        private List<Record> read(Session session, String statement, Map<String, Object> parameters) {
            String text = this.queries.get(statement);
            return session.executeRead(tx -> tx.run(text, parameters).list());
        }

        void warm(Endpoint endpoint, int warmup) throws Exception {
            System.out.println("Warming " + endpoint.name());
            load(warmup, 0, i -> bolt(endpoint, i));
            load(warmup, 0, i -> http(endpoint, i, new AtomicReference<>()));
        }

        Map<String, Object> measure(Endpoint endpoint, int warmup, int requests) throws Exception {
            System.out.println("Measuring " + endpoint.name());
            Map<String, Object> figures = new LinkedHashMap<>();
            AtomicReference<String> failure = new AtomicReference<>();
            // The measured samples once first, so that both ways read them from a warm page cache.
            load(requests, warmup, i -> bolt(endpoint, i));
            long[] bolt = load(requests, warmup, i -> bolt(endpoint, i));
            long[] http = load(requests, warmup, i -> http(endpoint, i, failure));
            figures.put("httpP50Ms", ms(percentile(http, 0.50)));
            figures.put("httpP99Ms", ms(percentile(http, 0.99)));
            figures.put("httpMeanMs", ms(Arrays.stream(http).sum() / http.length));
            figures.put("boltP50Ms", ms(percentile(bolt, 0.50)));
            figures.put("boltP99Ms", ms(percentile(bolt, 0.99)));
            figures.put("boltMeanMs", ms(Arrays.stream(bolt).sum() / bolt.length));
            figures.put(
                    "httpRequestsPerSecond",
                    Math.round(this.clients * 1e9 / (Arrays.stream(http).sum() / http.length)));
            figures.put(
                    "boltRequestsPerSecond",
                    Math.round(this.clients * 1e9 / (Arrays.stream(bolt).sum() / bolt.length)));
            figures.put("p99Ratio", Math.round(100.0 * percentile(http, 0.99) / percentile(bolt, 0.99)) / 100.0);
            figures.put("p50Ratio", Math.round(100.0 * percentile(http, 0.50) / percentile(bolt, 0.50)) / 100.0);
            figures.put("failures", failure.get() == null ? "none" : failure.get());
            System.out.println("  " + figures);
            return figures;
        }

        private void bolt(Endpoint endpoint, int sample) {
            try (Session session = this.driver.session(SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .build())) {
                endpoint.bolt().run(session, sample);
            }
        }

        private void http(Endpoint endpoint, int sample, AtomicReference<String> failure) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(this.base + endpoint.path().apply(sample)))
                    .header("Authorization", "Bearer " + KEY)
                    .header("X-Tenant-Id", QueryGraph.TENANT)
                    .timeout(Duration.ofMinutes(2))
                    .GET()
                    .build();
            try {
                HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    failure.compareAndSet(
                            null,
                            response.statusCode() + " for " + request.uri() + ": "
                                    + new String(response.body(), StandardCharsets.UTF_8));
                }
            } catch (Exception ex) {
                failure.compareAndSet(null, ex + " for " + request.uri());
            }
        }

        // Runs count samples (from offset on) on the client threads; each sample's time in nanoseconds.
        private long[] load(int count, int offset, java.util.function.IntConsumer work) throws Exception {
            long[] nanos = new long[count];
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(this.clients);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < this.clients; c++) {
                    running.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            long start = System.nanoTime();
                            work.accept((offset + i) % this.parties.length);
                            nanos[i] = System.nanoTime() - start;
                        }
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            return nanos;
        }

        private static long percentile(long[] nanos, double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
