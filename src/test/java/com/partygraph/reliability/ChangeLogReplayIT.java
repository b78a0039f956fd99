package com.partygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.write.BatchResult;
import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.ingest.write.EmbeddedWork;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.resolution.Resolver;
import com.partygraph.support.Api;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.GraphDump;
import com.partygraph.support.IngestionApplicationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole change log of a business delivered again, three times, as Debezium does when its offsets are lost
 * (and once more with the watermark in place, as after a crash): a canonical dump of the tenant's graph (every
 * node and relationship, their properties; not the engine's touch stamps nor the append-only audit nodes) hashes
 * the same after each replay as after the first delivery and the steward decisions made on it. Prints its figures
 * and writes them to {@code target/reliability/change-log-replay.txt}; {@code ./mvnw verify} replays 2,000
 * changes, {@code ./mvnw verify -Preliability} 20,000 ({@code -Dreplay.changes=…}).
 */
@IngestionApplicationTest
// Batches of BATCH (250) streamed changes are written in parts (by default only batches of 512 or more are).
@TestPropertySource(
        properties = {"partygraph.test.application=change-log-replay", "partygraph.ingest.streamed-parts-from=64"})
class ChangeLogReplayIT {

    private static final int BUSINESS = 7707;

    private static final String TENANT = "business-" + BUSINESS;

    private static final int BATCH = 250;

    private static boolean demoStopped;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Ingestion ingestion;

    @Autowired
    Resolver resolver;

    @LocalServerPort
    int port;

    @Test
    void theWholeChangeLogReplayedThreeTimesLeavesTheGraphAsItWas() throws Exception {
        int size = Integer.getInteger("replay.changes", 3_000);
        Api api = new Api(this.port);
        // The log is handed to the source's own applier, as its connector would; the connector stands still.
        SourceConnector demo = stopDemo();
        ChangeApplier applier = demo.applier();
        List<Map<String, Object>> watermarks = watermarks();
        long above = above(watermarks);
        ChangeLog changeLog = ChangeLog.generate(size, 7, BUSINESS, above);
        List<RowChange> log = changeLog.changes();

        long began = System.nanoTime();
        BatchResult first = apply(applier, log);
        long firstMillis = (System.nanoTime() - began) / 1_000_000;
        String decisions = decide(api);
        List<String> dump = GraphDump.tenant(this.neo4j, TENANT);

        List<String> figures = new ArrayList<>();
        figures.add(log.size() + " changes (" + count(log, RowChange.Op.CREATE) + " inserts, "
                + count(log, RowChange.Op.UPDATE) + " updates, " + count(log, RowChange.Op.DELETE)
                + " deletes) over " + distinctKeys(log) + " rows of 6 tables, in batches of " + BATCH);
        figures.add("first delivery: " + describe(first) + " in " + firstMillis + " ms; then " + decisions);
        figures.add(
                "graph of the tenant: " + dump.size() + " nodes and relationships, sha-256 " + GraphDump.hash(dump));

        figures.add(replay("the whole log redelivered, watermark in place", applier, log, dump));
        for (int replay = 1; replay <= 3; replay++) {
            resetWatermarks(watermarks);
            figures.add(
                    replay("the whole log replayed, offsets and watermark lost (" + replay + ")", applier, log, dump));
        }
        figures.add(replay("the rows as they stand read again by a new snapshot", applier, changeLog.snapshot(), dump));
        Figures.report("change-log-replay.txt", figures);
    }

    /**
     * Large batches of streamed changes are written in independent parts at the same time (the watermark moved once
     * all have committed); the graph they make is the one the same changes make written one batch a transaction, on
     * one writer: the log applied both ways to one business, its graph emptied in between, the dumps compared with
     * the generated ids and the times left aside. Once, the application stops after a batch's parts committed and
     * before its watermark moved: delivered again, the batch changes nothing.
     */
    @Test
    void streamedBatchesWrittenInPartsMakeTheGraphOneTransactionABatchMakes() throws Exception {
        SourceConnector demo = stopDemo();
        String tenant = "business-" + (BUSINESS + 1);
        List<Map<String, Object>> watermarks = watermarks();
        List<RowChange> log = log(BUSINESS + 1, 11, Integer.getInteger("replay.changes", 3_000), watermarks);

        try (EmbeddedWork two = new EmbeddedWork(this.neo4j.database(), 2);
                EmbeddedWork one = new EmbeddedWork(this.neo4j.database(), 1)) {
            // The application stops once, after both parts of the third batch written in parts committed and before the
            // watermark moved; Debezium then delivers the unacknowledged batch again.
            SplitCounter counted = new SplitCounter(two, 3);
            ChangeApplier applier = demo.applier().writingTo(counted);
            BatchResult inParts = BatchResult.NONE;
            BatchResult redelivered = null;
            int redeliveredSize = 0;
            for (int from = 0; from < log.size(); from += BATCH) {
                List<RowChange> batch = log.subList(from, Math.min(log.size(), from + BATCH));
                try {
                    inParts = inParts.plus(applier.apply(batch));
                } catch (SplitCounter.Stopped stopped) {
                    redelivered = applier.apply(batch);
                    redeliveredSize = batch.size();
                    inParts = inParts.plus(redelivered);
                }
            }
            assertThat(inParts.alone()).as("changes written one at a time").isZero();
            assertThat(redelivered).as("a batch delivered again").isNotNull();
            assertThat(redelivered.applied())
                    .as("changes applied again after their parts committed")
                    .isZero();
            assertThat(redelivered.skipped()).isEqualTo(redeliveredSize);
            List<String> parts = GraphDump.withoutIds(this.neo4j, tenant);
            assertThat(counted.split)
                    .as("batches written in more than one part")
                    .isPositive();

            emptyBusiness(tenant, watermarks);
            // Not stopped: the resolution index is built again from the graph in the split run only (after its stop),
            // which finds records in another order; the graphs must not differ by it.
            BatchResult whole = apply(demo.applier().writingTo(one), log);
            List<String> oneByOne = GraphDump.withoutIds(this.neo4j, tenant);

            Figures.report(
                    "streamed-in-parts.txt",
                    List.of(
                            log.size() + " changes in batches of " + BATCH + "; " + counted.split
                                    + " batches written in parts",
                            "in parts (one batch delivered again after its parts committed, before its watermark: "
                                    + describe(redelivered) + "): " + describe(inParts)
                                    + "; one transaction a batch: " + describe(whole),
                            "graph of the tenant: " + parts.size() + " lines both ways, sha-256 "
                                    + GraphDump.hash(parts) + " / " + GraphDump.hash(oneByOne)));
            assertThat(parts).as("the tenant's graph").hasSizeGreaterThan(1_000);
            assertThat(difference(parts, oneByOne))
                    .as("lines only in the graph written in parts (+) or one transaction a batch (-)")
                    .isEmpty();
            // The stopped batch's changes were applied by its parts, whose count was lost with the stop: not again.
            assertThat(inParts.applied()).isBetween(whole.applied() - redeliveredSize, whole.applied() - 1);
            assertThat(inParts.errors()).isEqualTo(whole.errors());
        }
    }

    /**
     * The same log applied twice to one business, its graph emptied and its resolution index dropped in between,
     * makes the same graph: nothing in what the graph ends up holding depends on when the changes were applied or on
     * the ids the database gave its nodes (a generated log whose rows wait for rows they refer to, and are then
     * applied by the pending sweep, in an order the two runs must agree on).
     */
    @Test
    void theSameLogAppliedTwiceToAnEmptiedBusinessMakesTheSameGraph() throws Exception {
        SourceConnector demo = stopDemo();
        String tenant = "business-" + (BUSINESS + 2);
        List<Map<String, Object>> watermarks = watermarks();
        List<RowChange> log = log(BUSINESS + 2, 13, Integer.getInteger("replay.changes", 3_000), watermarks);
        try (EmbeddedWork one = new EmbeddedWork(this.neo4j.database(), 1)) {
            ChangeApplier applier = demo.applier().writingTo(one);
            BatchResult first = apply(applier, log);
            List<String> once = GraphDump.withoutIds(this.neo4j, tenant);

            emptyBusiness(tenant, watermarks);
            BatchResult second = apply(applier, log);
            List<String> twice = GraphDump.withoutIds(this.neo4j, tenant);

            Figures.report(
                    "same-log-twice.txt",
                    List.of(
                            log.size() + " changes in batches of " + BATCH + ", applied twice",
                            "first: " + describe(first) + "; second: " + describe(second),
                            "graph of the tenant: " + once.size() + " lines both times, sha-256 " + GraphDump.hash(once)
                                    + " / " + GraphDump.hash(twice)));
            assertThat(once).as("the tenant's graph").hasSizeGreaterThan(1_000);
            assertThat(difference(twice, once))
                    .as("lines only in the graph of the second run (+) or the first (-)")
                    .isEmpty();
        }
    }

    /**
     * A log applied in batches makes the graph the same log makes one change at a time: whatever a batch writes first,
     * together or in parts, nothing a change's resolution decided (a party joined or made, a merge, a suggestion for
     * review) is lost or different for having come with others, and a record that several changes of one batch write
     * ends as the same changes leave it one at a time. Compared {@link #beyondApproximations beyond what the engine
     * keeps only approximately}.
     */
    @Test
    void aLogAppliedInBatchesMakesTheGraphItMakesOneChangeAtATime() throws Exception {
        SourceConnector demo = stopDemo();
        String tenant = "business-" + (BUSINESS + 3);
        List<Map<String, Object>> watermarks = watermarks();
        List<RowChange> log = log(
                BUSINESS + 3,
                Long.getLong("replay.alone.seed", 17),
                Integer.getInteger("replay.alone.changes", 1_000),
                watermarks);
        BatchResult batched = apply(demo.applier(), log);
        List<String> inBatches = beyondApproximations(GraphDump.withoutIds(this.neo4j, tenant));

        emptyBusiness(tenant, watermarks);
        BatchResult alone = BatchResult.NONE;
        for (RowChange change : log) {
            alone = alone.plus(demo.applier().apply(List.of(change)));
        }
        List<String> oneAtATime = beyondApproximations(GraphDump.withoutIds(this.neo4j, tenant));

        Figures.report(
                "batches-and-one-at-a-time.txt",
                List.of(
                        log.size() + " changes in batches of " + BATCH + ", then one at a time",
                        "in batches: " + describe(batched) + "; one at a time: " + describe(alone),
                        "graph of the tenant: " + inBatches.size() + " / " + oneAtATime.size() + " lines, sha-256 "
                                + GraphDump.hash(inBatches) + " / " + GraphDump.hash(oneAtATime)));
        assertThat(inBatches).as("the tenant's graph").hasSizeGreaterThan(500);
        List<String> difference = difference(inBatches, oneAtATime);
        Path written = Path.of("target/reliability/batches-and-one-at-a-time-difference.txt");
        Files.deleteIfExists(written);
        if (!difference.isEmpty()) {
            Files.createDirectories(written.getParent());
            Files.write(written, difference);
        }
        assertThat(difference)
                .as("lines only in the graph written in batches (+) or one change at a time (-): "
                        + "target/reliability/batches-and-one-at-a-time-difference.txt")
                .isEmpty();
        assertThat(batched.errors()).isEqualTo(alone.errors());
    }

    private static final Pattern NEWEST = Pattern.compile(",\"newest\":\\[(\\[-?\\d+,\"[^\"]*\"],?)*]");

    private static final Pattern NAMED = Pattern.compile("← [^(=\\]]*\\(");

    private static final Pattern LSN = Pattern.compile(", lsn=\\d+,");

    /**
     * A dump without what is kept only approximately, and so depends on the order a party's records came and went in:
     * the newest records giving each value of a party's survivorship profile (three at most; {@code PartyProfile}) and
     * so the records its provenance names, and the log position of the last write of a deleted record's party fields.
     * All else stays: clusters, records, the values chosen, edges, roles, suggestions and merges.
     */
    private static List<String> beyondApproximations(List<String> dump) {
        return dump.stream()
                .map(line -> NAMED.matcher(NEWEST.matcher(line).replaceAll("")).replaceAll("← … ("))
                .map(line -> line.matches("^\\[SourceRecord] \\{(.*, )?deleted=true,.*")
                        ? LSN.matcher(line).replaceFirst(", lsn=<deleted>,")
                        : line)
                .sorted()
                .toList();
    }

    /** The demo source once it has made its graph and stands still (the tests share the application). */
    private SourceConnector stopDemo() {
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        if (!demoStopped) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> this.ingestion.statuses().get(0).state() == SourceStatus.State.STREAMING);
            demo.stop();
            demoStopped = true;
        }
        return demo;
    }

    /**
     * Counts the batches a writer was handed in more than one part; the write after the parts of the {@code stopAt}-th
     * (the watermark's) is not made: the application stopped.
     */
    private static final class SplitCounter implements GraphWork {

        private final GraphWork graph;

        private final int stopAt;

        private int split;

        private boolean stopping;

        SplitCounter(GraphWork graph, int stopAt) {
            this.graph = graph;
            this.stopAt = stopAt;
        }

        @Override
        public <T> T write(Function<Cypher, T> work) {
            if (this.stopping) {
                this.stopping = false;
                throw new Stopped();
            }
            return this.graph.write(work);
        }

        @Override
        public int writers() {
            return this.graph.writers();
        }

        @Override
        public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
            if (works.size() > 1) {
                this.split++;
                this.stopping = this.split == this.stopAt;
            }
            return this.graph.writeApart(works);
        }

        /** The application stopped between two transactions. */
        static final class Stopped extends RuntimeException {

            Stopped() {
                super("stopped before the watermark moved");
            }
        }
    }

    /** Applies the changes again and says what they did; the graph must be as it was, nothing applied twice. */
    private String replay(String what, ChangeApplier applier, List<RowChange> changes, List<String> dump)
            throws Exception {
        long began = System.nanoTime();
        BatchResult again = apply(applier, changes);
        long millis = (System.nanoTime() - began) / 1_000_000;
        List<String> after = GraphDump.tenant(this.neo4j, TENANT);
        String figure = what + ": " + describe(again) + " in " + millis + " ms, sha-256 " + GraphDump.hash(after)
                + (after.equals(dump) ? " (unchanged)" : " (CHANGED)");
        System.out.println(figure);
        List<String> difference = difference(after, dump);
        if (!difference.isEmpty()) {
            Files.createDirectories(Path.of("target/reliability"));
            Files.write(Path.of("target/reliability/change-log-replay-difference.txt"), difference);
        }
        assertThat(difference.size())
                .as("%s: lines gained and lost (target/reliability/change-log-replay-difference.txt)", what)
                .isZero();
        assertThat(again.applied()).as(what + ": applied").isZero();
        assertThat(again.errors()).as(what + ": errors").isZero();
        assertThat(again.skipped()).as(what + ": skipped").isEqualTo(changes.size());
        return figure;
    }

    private static BatchResult apply(ChangeApplier applier, List<RowChange> log) {
        BatchResult total = BatchResult.NONE;
        for (int from = 0; from < log.size(); from += BATCH) {
            total = total.plus(applier.apply(log.subList(from, Math.min(log.size(), from + BATCH))));
        }
        // Mixed batches of inserts, updates, deletes and merges are written batched, never one change at a time.
        assertThat(total.alone())
                .as("changes written one at a time after their batch was rejected")
                .isZero();
        return total;
    }

    /**
     * Steward decisions on the graph the log made, which every replay must respect: two people merged, two kept
     * apart, a record unlinked from its party.
     */
    private String decide(Api api) {
        List<Map<String, Object>> people = cypher("""
				MATCH (p:Party:Person {tenant: $tenant, status: 'active'})
				WITH p, COUNT { (p)<-[:IDENTIFIES]-(s:SourceRecord) WHERE NOT coalesce(s.deleted, false) } AS records
				WHERE records >= 2
				RETURN p.id AS id, records ORDER BY records DESC, p.id LIMIT 5""");
        assertThat(people).as("people with two records or more").hasSize(5);
        String[] ids = people.stream().map(p -> (String) p.get("id")).toArray(String[]::new);
        assertThat(api.post(TENANT, "/api/v1/parties/" + ids[0] + "/merge", "{\"partyId\": \"" + ids[1] + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                TENANT,
                                "/api/v1/resolution/never-link",
                                "{\"partyIds\": [\"" + ids[2] + "\", \"" + ids[3] + "\"]}")
                        .status())
                .isEqualTo(200);
        Map<String, Object> record = cypher("""
						MATCH (s:SourceRecord {tenant: $tenant})-[:IDENTIFIES]->(:Party {tenant: $tenant, id: $id})
						WHERE NOT coalesce(s.deleted, false)
						RETURN s.table AS table, s.key AS key ORDER BY s.table, s.key LIMIT 1""", Map.of("id", ids[4])).get(0);
        assertThat(api.delete(
                                TENANT,
                                "/api/v1/parties/" + ids[4] + "/records/demo/" + record.get("table") + "/"
                                        + record.get("key"))
                        .status())
                .isEqualTo(200);
        return "a merge, a never-link and an unlink by a steward";
    }

    /** A generated log of the business, new to the graph: its positions are above every watermark. */
    private static List<RowChange> log(int business, long seed, int size, List<Map<String, Object>> watermarks) {
        return ChangeLog.generate(size, seed, business, above(watermarks)).changes();
    }

    /** A log position well above every watermark: the generated log is new to the graph. */
    private static long above(List<Map<String, Object>> watermarks) {
        return watermarks.stream()
                        .mapToLong(w -> ((Number) w.get("commitLsn")).longValue())
                        .max()
                        .orElse(0)
                + 1_000_000;
    }

    private List<Map<String, Object>> watermarks() {
        return DemoDatabases.cypher(
                this.neo4j,
                "MATCH (w:Watermark {source: $source}) RETURN w.tenant AS tenant, w.commitLsn AS commitLsn, w.lsn AS lsn",
                Map.of("source", "demo"));
    }

    /**
     * Takes a business back to before its log: its graph emptied, its resolution index dropped, the watermarks set back
     * so that the log is new again.
     */
    private void emptyBusiness(String tenant, List<Map<String, Object>> watermarks) {
        DemoDatabases.cypher(this.neo4j, "MATCH (n {tenant: $tenant}) DETACH DELETE n", Map.of("tenant", tenant));
        try (var session = this.resolver.open(Tenant.named(tenant))) {
            session.invalidate();
        }
        resetWatermarks(watermarks);
    }

    /** Debezium's offsets and the watermark lost back to before the log: every change of it comes again. */
    private void resetWatermarks(List<Map<String, Object>> watermarks) {
        DemoDatabases.cypher(this.neo4j, "MATCH (w:Watermark {source: $source}) DELETE w", Map.of("source", "demo"));
        for (Map<String, Object> watermark : watermarks) {
            DemoDatabases.cypher(
                    this.neo4j,
                    "CREATE (:Watermark {tenant: $tenant, source: $source, commitLsn: $commitLsn, lsn: $lsn})",
                    withSource(watermark));
        }
    }

    private static Map<String, Object> withSource(Map<String, Object> watermark) {
        Map<String, Object> parameters = new java.util.HashMap<>(watermark);
        parameters.put("source", "demo");
        return parameters;
    }

    private List<Map<String, Object>> cypher(String statement) {
        return cypher(statement, Map.of());
    }

    private List<Map<String, Object>> cypher(String statement, Map<String, Object> parameters) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("tenant", TENANT);
        return DemoDatabases.cypher(this.neo4j, statement, all);
    }

    private static List<String> difference(List<String> after, List<String> before) {
        List<String> lines = new ArrayList<>();
        Set<String> was = new HashSet<>(before);
        Set<String> is = new HashSet<>(after);
        after.stream().filter(line -> !was.contains(line)).forEach(line -> lines.add("+ " + line));
        before.stream().filter(line -> !is.contains(line)).forEach(line -> lines.add("- " + line));
        if (lines.isEmpty() && after.size() != before.size()) {
            lines.add("as many distinct lines, but " + after.size() + " lines instead of " + before.size());
        }
        return lines;
    }

    private static String describe(BatchResult result) {
        return result.applied() + " applied, " + result.skipped() + " skipped, " + result.errors() + " sync errors";
    }

    private static long count(List<RowChange> log, RowChange.Op op) {
        return log.stream().filter(change -> change.op() == op).count();
    }

    private static long distinctKeys(List<RowChange> log) {
        return log.stream()
                .map(change -> change.table() + "/" + change.key())
                .distinct()
                .count();
    }
}
