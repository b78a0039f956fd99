package com.partygraph.bench;

import com.partygraph.PartyGraphApplication;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.resolution.survive.Contribution;
import com.partygraph.resolution.survive.PartyProfile;
import com.partygraph.resolution.survive.Survivorship;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast this machine's embedded Neo4j can take the graph a snapshot makes, with nothing else
 * running: no CDC, no mapping, no lookups. Writes synthetic rows with ingestion's own statements
 * ({@code ingest-party-create} with the parties' survivorship profiles and attributes, made in Java as
 * ingestion makes them, {@code ingest-records-create}, {@code ingest-role-assert}, {@code ingest-activity-upsert}, {@code ingest-edge-assert}), one
 * transaction per batch, batches on several threads, into the application's database (same settings
 * and schema), and the timeline events ingestion appends ({@code timeline-append}: a record linked to its party, a
 * role a party did not hold). Per row it writes what the 1M-row benchmark snapshot made per source row (its
 * {@code graphPerSnapshotRow}): its own record; 0.40 records of organizations named in it; 0.45 new
 * parties (59 % people) with 1.09 emails, 0.93 phones (most shared with another party) and, for
 * organizations, 1 domain; 0.20 rows
 * joining a party of their batch; 0.65 roles, 0.29 employment edges and 0.32 activities.
 * <p>
 * The snapshot's end-to-end rate can approach this figure but not pass it; the distance between the
 * two is what reading, mapping and resolving cost. Options: {@code --rows} (default 400000),
 * {@code --writers} (threads, default one per processor), {@code --batch} (rows per transaction,
 * default 1024), {@code --page-cache} (default 4g), {@code --drop-indexes} (names of the schema's indexes to drop
 * before writing, comma-separated: what maintaining them costs), and any application setting ({@code
 * --partygraph.neo4j.embedded.replan-interval 10s}). Command in the README ("Benchmarks").
 */
public final class GraphCeilingBenchmark {

    private static final String TENANT = "business-1";

    private static final String SOURCE = "ceiling";

    private static final Survivorship RULES = Survivorship.defaults();

    private static final String EMPTY_PROFILE = new PartyProfile().json();

    private GraphCeilingBenchmark() {}

    /**
     * The application on the embedded database in {@code neo4j}, with no ingestion, its HTTP and Bolt
     * ports free ones; {@code more} are further {@code --name=value} arguments.
     */
    static ConfigurableApplicationContext withoutIngestion(Path neo4j, String pageCache, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--partygraph.ingest.enabled=false",
                "--partygraph.neo4j.embedded.bolt-port=0",
                "--partygraph.neo4j.embedded.directory=" + neo4j,
                "--partygraph.neo4j.embedded.page-cache=" + pageCache,
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(more));
        return SpringApplication.run(PartyGraphApplication.class, arguments.toArray(String[]::new));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "400000"));
        int writers = Integer.parseInt(options.getOrDefault(
                "writers", String.valueOf(Runtime.getRuntime().availableProcessors())));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1024"));
        String pageCache = options.getOrDefault("page-cache", "4g");
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("writers", writers);
        results.put("batch", batch);
        results.put("neo4jPageCache", pageCache);
        // Any application setting given as an option (--partygraph.neo4j.embedded.replan-interval 10s) is passed on.
        String[] settings = options.entrySet().stream()
                .filter(option -> option.getKey().startsWith("partygraph."))
                .map(option -> "--" + option.getKey() + "=" + option.getValue())
                .toArray(String[]::new);
        results.put("settings", List.of(settings));
        try (ConfigurableApplicationContext app = withoutIngestion(dir.resolve("neo4j"), pageCache, settings)) {
            GraphDatabaseService database = app.getBean(EmbeddedNeo4j.class).database();
            CypherQueries queries = app.getBean(CypherQueries.class);
            List<String> dropped = dropIndexes(database, options.getOrDefault("drop-indexes", ""));
            results.put("droppedIndexes", dropped);
            Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CpuUse cpu = CpuUse.start();
            long start = System.nanoTime();
            try {
                List<Future<?>> batches = new ArrayList<>();
                for (int first = 0; first < rows; first += batch) {
                    int from = first;
                    batches.add(pool.submit(
                            () -> new Batch(from, Math.min(rows, from + batch)).write(database, queries, nanos)));
                }
                for (Future<?> written : batches) {
                    written.get();
                }
                // Before the writers end: the CPU time of a thread that ended is no one's.
                cpu.since(results, "write", rows);
            } finally {
                // Never interrupt a thread that writes: the database would take it for a failed file channel.
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            results.put("rows", rows);
            results.put("seconds", BenchReport.round(seconds));
            results.put("rowsPerSecond", Math.round(rows / seconds));
            // Time spent in each statement and in commit, summed over the writers: where a row's cost goes.
            Map<String, Object> micros = new LinkedHashMap<>();
            nanos.forEach((name, total) -> micros.put(name, BenchReport.round(total.sum() / 1e3 / rows)));
            results.put("writerMicrosPerRow", micros);
            results.put("graphPerRow", GraphShape.perRow(database, rows));
        }
        BenchReport.write("graph-ceiling-benchmark", results, dir);
    }

    /**
     * Drops the indexes named in {@code names} (comma-separated; names, not values, so checked and quoted rather than
     * passed as parameters): what maintaining them costs the writes.
     */
    private static List<String> dropIndexes(GraphDatabaseService database, String names) {
        List<String> dropped = new ArrayList<>();
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("not an index name: " + name);
            }
            try (Transaction tx = database.beginTx()) {
                tx.execute("DROP INDEX `" + name + "`");
                tx.commit();
            }
            dropped.add(name);
        }
        return dropped;
    }

    /** Whether row {@code n} has a feature that {@code share} of all rows have, spread evenly. */
    private static boolean every(long n, double share) {
        return Math.floor((n + 1) * share) > Math.floor(n * share);
    }

    /** The statements' parameters for rows {@code [from, to)}; parties are shared within the batch only. */
    private static final class Batch {

        private final List<Map<String, Object>> parties = new ArrayList<>();

        private final List<Map<String, Object>> records = new ArrayList<>();

        private final Map<String, PartyProfile> profiles = new LinkedHashMap<>();

        private final List<Map<String, Object>> roles = new ArrayList<>();

        private final List<Map<String, Object>> activities = new ArrayList<>();

        private final List<Map<String, Object>> edges = new ArrayList<>();

        private final List<String> people = new ArrayList<>();

        private final List<String> organizations = new ArrayList<>();

        private String phone;

        private String domain;

        Batch(int from, int to) {
            for (int n = from; n < to; n++) {
                row(n);
            }
        }

        private void row(int n) {
            String uid = SOURCE + "/contacts/" + n;
            String party = null;
            if (every(n, 0.447) || this.people.isEmpty() || this.organizations.isEmpty()) {
                // A batch starts with a person and an organization; 41 % of new parties are organizations.
                party = party(n, this.people.isEmpty() || !this.organizations.isEmpty() && !every(n, 0.41));
            } else if (every(n + 7, 0.202 / 0.553)) {
                party = this.people.get(n % this.people.size());
            }
            Map<String, Object> own = record(uid, null, "Person " + n);
            if (party != null) {
                RULES.add(
                        this.profiles.get(party),
                        new Contribution(
                                uid,
                                SOURCE,
                                "contacts",
                                n,
                                false,
                                Map.of("displayName", "Person " + n, "normalizedName", "person " + n),
                                Map.of()));
            }
            own.put(
                    "raw",
                    "{\"id\":" + n + ",\"business_id\":1,\"first_name\":\"Person\",\"last_name\":\"N" + n
                            + "\",\"email\":\"p" + n + "@example.com\",\"phone\":null,\"organization\":\"Org " + n % 97
                            + "\",\"title\":\"IT Manager\"}");
            own.put("mapping", "0d8c2ce2f07a86a2");
            own.put("position", "snapshot@99750680");
            own.put("operation", "read");
            own.put("syncStatus", "synced");
            own.put("asserts", party == null ? null : List.of(party));
            this.records.add(identifying(String.valueOf(n), own, party));
            if (every(n + 3, 0.404) && !this.organizations.isEmpty()) {
                String organization = this.organizations.get(n % this.organizations.size());
                this.records.add(identifying(
                        n + "#organization", record(uid + "#organization", uid, "Org " + n % 97), organization));
            }
            if (party != null && every(n + 19, 0.29 / 0.649) && !this.organizations.isEmpty()) {
                String organization = this.organizations.get((n + 1) % this.organizations.size());
                if (!party.equals(organization)) {
                    this.edges.add(Map.of(
                            "fromId",
                            party,
                            "toId",
                            organization,
                            "type",
                            "EMPLOYEE_OF",
                            "properties",
                            Map.of("title", "IT Manager"),
                            "uid",
                            uid));
                }
            }
            if (party != null && every(n + 5, 0.648 / 0.649)) {
                Map<String, Object> role = new HashMap<>();
                role.put("partyId", party);
                role.put("code", "prospect");
                role.put("uid", uid);
                this.roles.add(role);
            }
            if (every(n + 11, 0.322)) {
                String of = party != null ? party : this.people.get(n % this.people.size());
                this.activities.add(Map.of(
                        "partyId",
                        of,
                        "uid",
                        uid,
                        "type",
                        "invoice",
                        "at",
                        "2026-03-31T00:00:00Z",
                        "amount",
                        480.0,
                        "currency",
                        "USD",
                        "channel",
                        "web",
                        "attributes",
                        Map.of("orderType", "sale")));
            }
        }

        private String party(int n, boolean person) {
            String id = UUID.randomUUID().toString();
            (person ? this.people : this.organizations).add(id);
            Map<String, Object> properties = new HashMap<>();
            properties.put("displayName", (person ? "Person " : "Org ") + n);
            properties.put("normalizedName", (person ? "person " : "org ") + n);
            properties.put("addresses", List.of(n + " Main St, Springfield, IL 62701, US"));
            List<String> emails = every(n, 0.09)
                    ? List.of("p" + n + "@example.com", "q" + n + "@example.com")
                    : List.of("p" + n + "@example.com");
            // Of 100 parties, 21 bring a phone of their own and 72 one another party has; of 100
            // organizations, 68 a domain of their own and 32 one another has.
            List<String> phones = List.of();
            if (every(n + 13, 0.93)) {
                this.phone = every(n + 17, 0.21 / 0.93) || this.phone == null ? "+1555" + (1_000_000 + n) : this.phone;
                phones = List.of(this.phone);
            }
            List<String> domains = List.of();
            if (!person) {
                this.domain = every(n + 23, 0.68) || this.domain == null ? "org" + n + ".example" : this.domain;
                domains = List.of(this.domain);
            }
            this.parties.add(Map.of("id", id, "kindLabel", person ? "Person" : "Organization"));
            PartyProfile profile = new PartyProfile();
            RULES.add(
                    profile,
                    new Contribution(
                            "first/" + n,
                            SOURCE,
                            "contacts",
                            n,
                            false,
                            properties,
                            Map.of("emails", emails, "phones", phones, "domains", domains, "addresses", (List<?>)
                                    properties.get("addresses"))));
            this.profiles.put(id, profile);
            return id;
        }

        /** A record as {@code ingest-records-create} takes it; {@code partyId} null for rows about no party. */
        private static Map<String, Object> identifying(String key, Map<String, Object> properties, String partyId) {
            Map<String, Object> record = new HashMap<>();
            record.put("table", "contacts");
            record.put("key", key);
            record.put("properties", properties);
            record.put("partyId", partyId);
            return record;
        }

        private static Map<String, Object> record(String uid, String derivedFrom, String name) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("uid", uid);
            properties.put("derivedFrom", derivedFrom);
            properties.put("displayName", name);
            properties.put("normalizedName", name.toLowerCase(Locale.ROOT));
            properties.put("partyKind", derivedFrom == null ? "Person" : "Organization");
            properties.put("lsn", 99_750_680L);
            return properties;
        }

        void write(GraphDatabaseService database, CypherQueries queries, Map<String, LongAdder> nanos) {
            try (Transaction tx = database.beginTx()) {
                run(tx, queries, nanos, "ingest-party-create", "parties", created());
                run(tx, queries, nanos, "ingest-records-create", "records", this.records);
                run(tx, queries, nanos, "ingest-role-assert", "roles", this.roles);
                run(tx, queries, nanos, "ingest-activity-upsert", "activities", this.activities);
                run(tx, queries, nanos, "ingest-edge-assert", "edges", this.edges);
                run(tx, queries, nanos, "timeline-append", "events", events());
                long start = System.nanoTime();
                tx.commit();
                nanos.computeIfAbsent("commit", name -> new LongAdder()).add(System.nanoTime() - start);
            }
        }

        /** What ingestion appends to the timelines for the batch: each record linked, each role newly held. */
        private List<Map<String, Object>> events() {
            List<Map<String, Object>> events = new ArrayList<>();
            for (Map<String, Object> record : this.records) {
                if (record.get("partyId") != null) {
                    events.add(event(
                            (String) record.get("partyId"),
                            "record-linked",
                            SOURCE + "/contacts/" + record.get("key"),
                            "auto"));
                }
            }
            this.roles.stream()
                    .map(role -> List.of((String) role.get("partyId"), (String) role.get("code")))
                    .distinct()
                    .forEach(pair -> events.add(event(pair.get(0), "role-added", null, pair.get(1))));
            return events;
        }

        private static Map<String, Object> event(String partyId, String type, String record, String detail) {
            Map<String, Object> event = new HashMap<>();
            event.put("partyId", partyId);
            event.put("type", type);
            event.put("record", record);
            event.put("detail", detail);
            return event;
        }

        /**
         * What ingest-party-create takes for every party of the batch (with the rows that joined it), as
         * ingestion's Profiles makes it.
         */
        private List<Map<String, Object>> created() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> party : this.parties) {
                String id = (String) party.get("id");
                PartyProfile profile = this.profiles.get(id);
                Survivorship.Derived derived = RULES.derive(profile);
                Map<String, Object> row = new HashMap<>(derived.lists());
                row.put("id", id);
                row.put("kindLabel", party.get("kindLabel"));
                row.put("profile", profile.stored());
                row.put("values", derived.values());
                row.put("provenance", derived.provenance());
                rows.add(row);
            }
            return rows;
        }

        private static void run(
                Transaction tx,
                CypherQueries queries,
                Map<String, LongAdder> nanos,
                String name,
                String key,
                Object value) {
            Map<String, Object> parameters = Map.of(
                    "tenant",
                    TENANT,
                    "source",
                    SOURCE,
                    "catalog",
                    Tenant.CATALOG,
                    key,
                    value,
                    "emptyProfile",
                    EMPTY_PROFILE);
            long start = System.nanoTime();
            tx.execute(queries.get(name), parameters).close();
            nanos.computeIfAbsent(name, any -> new LongAdder()).add(System.nanoTime() - start);
        }
    }
}
