package com.partygraph.evaluate;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.TableKind;
import com.partygraph.ingest.write.MappedParties;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.ResolutionSettings;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.StoredRecord;
import com.partygraph.resolution.TenantRecords;
import com.partygraph.resolution.decide.Decision;
import com.partygraph.resolution.estimate.Estimator;
import com.partygraph.resolution.evaluate.BCubedScores;
import com.partygraph.resolution.evaluate.ClusterScores;
import com.partygraph.resolution.evaluate.PairwiseScores;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.ModelParameters;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the party tables of a PostgreSQL source through its mapping (as ingestion reads them), resolves
 * every record in memory with the resolution engine, and compares the clusters with a ground truth
 * ({@link GroundTruth}: {@code --truth} a CSV of {@code table,key,entity} or of matching pairs
 * {@code table1,key1,table2,key2}, or {@code --truth-column} a column of the rows): pairwise precision, recall and
 * F1, cluster counts, candidates per record, records per second, time per record (p50/p99), the heap the
 * resolution index holds, and the pairwise F1 between two arrival orders (table by table, and shuffled).
 * Prints the figures and writes them to {@code target/bench/<time>/resolution-evaluation.json} and
 * {@code target/bench/resolution-evaluation-latest.json}. The same evaluation on generated data is
 * {@code com.partygraph.bench.GeneratedEvaluation} in the test tree.
 *
 * <pre>./mvnw -q compile exec:exec -Dexec.executable=java -Dexec.args="-Xmx4g -classpath %classpath \
 *   com.partygraph.evaluate.ResolutionEvaluation --url jdbc:postgresql://localhost:5432/crm --user me --password … \
 *   --mapping mapping.yaml --truth truth.csv"</pre>
 */
public final class ResolutionEvaluation {

    private static final int SESSION_RECORDS = 1000;

    private ResolutionEvaluation() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        if (!options.has("url")) {
            throw new IllegalArgumentException("--url <jdbc:postgresql://…> of the source is needed");
        }
        if (!options.has("truth") && !options.has("truth-column")) {
            throw new IllegalArgumentException("--truth <csv> or --truth-column <column> is needed");
        }
        Path out = outputDirectory();
        Map<String, Object> report = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                options.get("url"), options.get("user", "postgres"), options.get("password", "postgres"))) {
            evaluate(connection, options.has("truth") ? Path.of(options.get("truth")) : null, options, report, out);
        }
        write(report, out);
    }

    /** A new directory under {@code target/bench} named by the time, for one run's files. */
    public static Path outputDirectory() throws IOException {
        Path out = Path.of("target/bench", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        return out;
    }

    /**
     * Evaluates the source behind {@code connection} against {@code truthFile} (or the {@code --truth-column}
     * of its rows when null) with the settings {@code options} give, adding the figures to {@code report}.
     */
    public static void evaluate(
            Connection connection, Path truthFile, Options options, Map<String, Object> report, Path out)
            throws SQLException, IOException {
        ResolutionSettings settings = ResolutionSettings.defaults(options.get("region", "US"))
                .withMode(ResolutionSettings.Mode.valueOf(
                        options.get("mode", "probabilistic").toUpperCase(Locale.ROOT)))
                .withModel(options.has("model") ? Path.of(options.get("model")) : null)
                .withThresholds(
                        Double.parseDouble(options.get("auto-link", "0.8")),
                        Double.parseDouble(options.get("review", "0.3")));
        SourceMapping mapping = MappingLoader.load(Path.of(options.get("mapping", "import/identities/mapping.yaml")));
        report.put("mode", settings.mode().name().toLowerCase(Locale.ROOT));
        evaluate(connection, mapping, settings, truthFile, options, report, out);
    }

    /** Prints the report and writes it to the run's directory and to {@code target/bench/resolution-evaluation-latest.json}. */
    public static void write(Map<String, Object> report, Path out) throws IOException {
        String json =
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        System.out.println(json);
        Files.writeString(out.resolve("resolution-evaluation.json"), json);
        Files.writeString(Path.of("target/bench/resolution-evaluation-latest.json"), json);
    }

    private static void evaluate(
            Connection connection,
            SourceMapping mapping,
            ResolutionSettings settings,
            Path truthFile,
            Options options,
            Map<String, Object> report,
            Path out)
            throws SQLException, IOException {
        List<Row> rows = rows(connection, mapping);
        MappedParties parties = MappedParties.of(mapping, roleCodes(), settings);
        List<Record> records = new ArrayList<>();
        int unmapped = 0;
        int warned = 0;
        Map<String, Integer> problems = new java.util.TreeMap<>();
        Map<String, Integer> warnings = new java.util.TreeMap<>();
        for (Row row : rows) {
            MappedParties.Read read = parties.read(row.table(), row.key(), row.values());
            if (read.problem() != null) {
                unmapped++;
                problems.merge(read.problem().replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
                continue;
            }
            warned += read.warnings().isEmpty() ? 0 : 1;
            read.warnings()
                    .forEach(
                            w -> warnings.merge(w.replaceAll("'[^']*'", "'…'").replaceAll(";.*", ""), 1, Integer::sum));
            read.parties()
                    .forEach(party -> records.add(new Record(read.tenant(), party, row.table() + "/" + row.key())));
        }
        Map<String, String> truth;
        if (truthFile == null) {
            Map<String, Map<String, Object>> values = new HashMap<>();
            rows.forEach(row -> values.put(row.table() + "/" + row.key(), row.values()));
            truth = GroundTruth.column(options.get("truth-column"), values);
        } else {
            truth = GroundTruth.read(
                    truthFile,
                    records.stream()
                            .filter(r -> r.party().own())
                            .map(Record::row)
                            .toList());
        }
        report.put("rows", rows.size());
        report.put("unmappedRows", unmapped);
        report.put("unmappedReasons", problems);
        report.put("rowsWithWarnings", warned);
        report.put("warnings", warnings);
        report.put("records", records.size());

        if (Boolean.parseBoolean(options.get("estimate", "false"))) {
            settings = estimate(records, settings, out, report);
        }
        int passes = Integer.parseInt(options.get("reconsider", "0"));
        int histogram = Integer.parseInt(options.get("histogram", "0"));
        HeapHistogram before = histogram > 0 ? HeapHistogram.take() : null;
        Run first = run(records, settings, true, -1, passes);
        if (before != null) {
            // What the index is made of: the classes that grew most while the records were resolved.
            var grown = HeapHistogram.take().growthSince(before, histogram, records.size());
            report.put("indexHeapByClass", grown);
            System.out.println("Index heap by class (bytes per record):");
            grown.forEach((name, figures) -> System.out.printf(
                    "  %-70s %10d instances %8.1f B/record%n",
                    name, (Long) figures.get("instances"), (Double) figures.get("bytesPerRecord")));
        }
        report.put("accuracy", accuracy(first.clusters(), truth));
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (PartyKind kind : PartyKind.values()) {
            Map<String, String> ofKind = new HashMap<>();
            records.stream()
                    .filter(r -> r.party().own() && r.party().facts().kind() == kind && truth.containsKey(r.row()))
                    .forEach(r -> ofKind.put(r.row(), truth.get(r.row())));
            byKind.put(kind.label(), accuracy(first.clusters(), ofKind));
        }
        report.put("accuracyByKind", byKind);
        report.put(
                "largestClusters",
                largest(first.clusters(), truth, Integer.parseInt(options.get("show", "0")), records));
        report.put("resolution", first.figures());
        int examples = Integer.parseInt(options.get("errors", "0"));
        if (examples > 0) {
            Map<String, Record> own = new HashMap<>();
            records.stream().filter(r -> r.party().own()).forEach(r -> own.put(r.row(), r));
            report.put("errors", Mistakes.of(first.clusters(), truth, examples, (a, b) -> {
                try (ResolutionSession session =
                        first.resolver().open(own.get(a).tenant())) {
                    return session.score(
                            own.get(a).party().facts(), own.get(b).party().facts());
                }
            }));
        }

        if ("table".equals(options.get("orders", "all"))) {
            // The table order only: accuracy, speed and the index's heap without the other two orders' runs.
            return;
        }
        List<Record> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(Long.parseLong(options.get("shuffle-seed", "7"))));
        Run second = run(shuffled, settings, false, -1, passes);
        PairwiseScores between = PairwiseScores.of(second.clusters(), first.clusters());
        Map<String, Object> betweenByKind = new LinkedHashMap<>();
        for (PartyKind kind : PartyKind.values()) {
            Map<String, String> ofKind = new HashMap<>();
            records.stream()
                    .filter(r -> r.party().own() && r.party().facts().kind() == kind)
                    .forEach(r -> ofKind.put(r.row(), first.clusters().get(r.row())));
            betweenByKind.put(
                    kind.label(),
                    round(PairwiseScores.of(second.clusters(), ofKind).f1()));
        }
        report.put(
                "shuffledOrder",
                Map.of(
                        "accuracy",
                        accuracy(second.clusters(), truth),
                        "pairwiseF1AgainstTableOrder",
                        round(between.f1()),
                        "pairwiseF1AgainstTableOrderByKind",
                        betweenByKind));
        // Another shuffled order, with the engine stopped half-way and its index built again from what it had
        // decided (as a restart builds it from the graph).
        List<Record> restarted = new ArrayList<>(records);
        Collections.shuffle(restarted, new Random(Long.parseLong(options.get("shuffle-seed", "7")) + 1));
        Run third = run(restarted, settings, false, restarted.size() / 2, passes);
        report.put(
                "shuffledWithRestart",
                Map.of(
                        "accuracy",
                        accuracy(third.clusters(), truth),
                        "pairwiseF1AgainstTableOrder",
                        round(PairwiseScores.of(third.clusters(), first.clusters())
                                .f1()),
                        "pairwiseF1AgainstShuffledOrder",
                        round(PairwiseScores.of(third.clusters(), second.clusters())
                                .f1())));
    }

    /** Estimates the model from the records (no labels), writes it next to the report and evaluates with it. */
    private static ResolutionSettings estimate(
            List<Record> records, ResolutionSettings settings, Path out, Map<String, Object> report)
            throws IOException {
        long started = System.nanoTime();
        FeatureExtractor extractor = new FeatureExtractor();
        Estimator estimator = new Estimator(42, 1_000_000);
        ModelParameters model =
                settings.model() == null ? ModelParameters.defaults() : ModelParameters.load(settings.model());
        List<Estimator.Summary> summaries = new ArrayList<>();
        for (PartyKind kind : PartyKind.values()) {
            List<Features> features = records.stream()
                    .filter(r -> !r.party().mention())
                    .map(r -> extractor.extract(r.party().facts()))
                    .filter(f -> f.kind() == kind)
                    .toList();
            model = estimator.estimate(model, kind, features, summaries);
        }
        Path file = out.resolve("model-estimated.yaml");
        Files.writeString(file, model.toYaml());
        report.put(
                "estimation",
                Map.of(
                        "model",
                        file.toString(),
                        "seconds",
                        round((System.nanoTime() - started) / 1e9),
                        "kinds",
                        summaries));
        return settings.withModel(file);
    }

    /** The ten largest clusters' sizes and entity counts; the first {@code show} of them with their records' names. */
    private static List<String> largest(
            Map<String, String> clusters, Map<String, String> truth, int show, List<Record> records) {
        Map<String, List<String>> members = new HashMap<>();
        clusters.forEach((row, cluster) ->
                members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(row));
        Map<String, Record> byRow = new HashMap<>();
        records.stream().filter(r -> r.party().own()).forEach(r -> byRow.put(r.row(), r));
        List<List<String>> sorted = members.values().stream()
                .sorted((a, b) -> b.size() - a.size())
                .limit(10)
                .toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            List<String> rows = sorted.get(i);
            String line = rows.size() + " records, "
                    + rows.stream().map(truth::get).distinct().count() + " entities";
            if (i < show) {
                line += ": "
                        + rows.stream()
                                .limit(40)
                                .map(row -> {
                                    var facts = byRow.get(row).party().facts();
                                    return row + "="
                                            + (facts.givenName() != null
                                                    ? facts.givenName() + " " + facts.familyName()
                                                    : facts.fullName())
                                            + facts.emails() + facts.phones() + facts.addresses() + facts.birthDate();
                                })
                                .toList();
            }
            lines.add(line);
        }
        return lines;
    }

    private record Row(String table, String key, Map<String, Object> values) {}

    /** A party record of a row, and the row it came from ({@code table/key}). */
    private record Record(Tenant tenant, MappedParties.Party party, String row) {}

    /** One resolution of every record: record's row to cluster (own records only), and the figures. */
    private record Run(Map<String, String> clusters, Map<String, Object> figures, Resolver resolver) {}

    /**
     * @param restartAt the record before which the engine is restarted (its index built from its decisions), or -1
     * @param passes how many times every record is resolved again at the end (re-resolution), none by default
     */
    private static Run run(
            List<Record> records, ResolutionSettings settings, boolean measureHeap, int restartAt, int passes) {
        // The run's own figures are made before the heap is read: the index's share is what grows after.
        long[] nanos = new long[records.size()];
        long heapBefore = measureHeap ? usedHeap() : 0;
        Resolver resolver = new Resolver(settings, TenantRecords.NONE);
        Map<String, Integer> methods = new HashMap<>();
        long candidates = 0;
        long suggestions = 0;
        long merges = 0;
        long started = System.nanoTime();
        for (int start = 0; start < records.size(); start += SESSION_RECORDS) {
            if (restartAt >= start && restartAt < start + SESSION_RECORDS) {
                resolver = restarted(resolver, records.subList(0, start), settings);
            }
            List<Record> part = records.subList(start, Math.min(records.size(), start + SESSION_RECORDS));
            Map<Tenant, ResolutionSession> sessions = new HashMap<>();
            for (int i = 0; i < part.size(); i++) {
                Record record = part.get(i);
                ResolutionSession session = sessions.computeIfAbsent(record.tenant(), resolver::open);
                long t0 = System.nanoTime();
                Decision decision =
                        session.resolve(record.party().facts(), record.party().mention());
                nanos[start + i] = System.nanoTime() - t0;
                if (record.row().equals(System.getProperty("trace"))) {
                    System.err.println(record.row() + " -> " + decision);
                }
                methods.merge(decision.method(), 1, Integer::sum);
                candidates += decision.candidates();
                suggestions += decision.suggestions().size();
                merges += decision.absorbed().size();
            }
            sessions.values().forEach(ResolutionSession::commit);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // Passes of re-resolution over every record, as POST /resolution/reresolve makes them.
        for (int pass = 0; pass < passes; pass++) {
            Map<Tenant, ResolutionSession> again = new HashMap<>();
            for (Record record : records) {
                again.computeIfAbsent(record.tenant(), resolver::open)
                        .reconsider(record.party().facts(), record.party().mention());
            }
            again.values().forEach(ResolutionSession::commit);
        }
        long held = measureHeap ? usedHeap() - heapBefore : 0;
        Map<String, String> clusters = new HashMap<>();
        Map<Tenant, ResolutionSession> sessions = new HashMap<>();
        for (Record record : records) {
            if (record.party().own()) {
                ResolutionSession session = sessions.computeIfAbsent(record.tenant(), resolver::open);
                clusters.put(
                        record.row(), session.partyOf(record.party().facts().uid()));
            }
        }
        sessions.values().forEach(ResolutionSession::commit);
        Arrays.sort(nanos);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("recordsPerSecond", Math.round(records.size() / seconds));
        figures.put("p50Micros", round(nanos[nanos.length / 2] / 1e3));
        figures.put("p99Micros", round(nanos[(int) (nanos.length * 0.99)] / 1e3));
        figures.put("candidatesPerRecord", round((double) candidates / records.size()));
        figures.put("decisions", new java.util.TreeMap<>(methods));
        figures.put("suggestions", suggestions);
        figures.put("merges", merges);
        if (measureHeap) {
            figures.put("indexHeapMB", round(held / 1e6));
            figures.put("indexHeapMBPerMillionRecords", round(held / 1e6 * 1_000_000 / records.size()));
        }
        return new Run(clusters, figures, resolver);
    }

    /** A new engine whose index is built from what the old one decided of these records, as after a restart. */
    private static Resolver restarted(Resolver resolver, List<Record> resolved, ResolutionSettings settings) {
        Map<Tenant, List<StoredRecord>> stored = new HashMap<>();
        Map<Tenant, ResolutionSession> sessions = new HashMap<>();
        for (Record record : resolved) {
            ResolutionSession session = sessions.computeIfAbsent(record.tenant(), resolver::open);
            String party = session.partyOf(record.party().facts().uid());
            if (party != null) {
                stored.computeIfAbsent(record.tenant(), t -> new ArrayList<>())
                        .add(new StoredRecord(record.party().facts(), party, session.order(party)));
            }
        }
        sessions.values().forEach(ResolutionSession::commit);
        return new Resolver(
                settings,
                (tenant, sink) -> stored.getOrDefault(tenant, List.of()).forEach(sink));
    }

    /** Pairwise and cluster scores of a clustering against the truth. */
    private static Map<String, Object> accuracy(Map<String, String> clusters, Map<String, String> truth) {
        Map<String, Object> accuracy = accuracy(PairwiseScores.of(clusters, truth));
        ClusterScores exact = ClusterScores.of(clusters, truth);
        accuracy.put("clusterPrecision", round(exact.precision()));
        accuracy.put("clusterRecall", round(exact.recall()));
        accuracy.put("clusterF1", round(exact.f1()));
        accuracy.put("exactClusters", exact.exact());
        BCubedScores bcubed = BCubedScores.of(clusters, truth);
        accuracy.put("bcubedPrecision", round(bcubed.precision()));
        accuracy.put("bcubedRecall", round(bcubed.recall()));
        accuracy.put("bcubedF1", round(bcubed.f1()));
        return accuracy;
    }

    private static Map<String, Object> accuracy(PairwiseScores scores) {
        Map<String, Object> accuracy = new LinkedHashMap<>();
        accuracy.put("precision", round(scores.precision()));
        accuracy.put("recall", round(scores.recall()));
        accuracy.put("f1", round(scores.f1()));
        accuracy.put("labelledRecords", scores.records());
        accuracy.put("entities", scores.entities());
        accuracy.put("clusters", scores.clusters());
        accuracy.put("truePairs", scores.truePairs());
        accuracy.put("predictedPairs", scores.predictedPairs());
        return accuracy;
    }

    private static List<Row> rows(Connection connection, SourceMapping mapping) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (var table : mapping.tables().entrySet()) {
            if (table.getValue().kind() != TableKind.PARTY) {
                continue;
            }
            try (var statement = connection.createStatement();
                    ResultSet result =
                            statement.executeQuery("SELECT * FROM " + quoted(table.getKey()) + " ORDER BY 1")) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        // Dates and times as text, the way change events carry them.
                        values.put(meta.getColumnName(c), value instanceof java.util.Date ? value.toString() : value);
                    }
                    rows.add(new Row(table.getKey(), String.valueOf(result.getObject(1)), values));
                }
            }
        }
        return rows;
    }

    private static String quoted(String identifier) {
        if (!identifier.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain table name: " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    /** The truth: {@code table/key} to entity; reads {@code table,key,entity} or {@code party,table,key}. */
    private static Set<String> roleCodes() throws IOException {
        try (var in = ResolutionEvaluation.class
                .getClassLoader()
                .getResourceAsStream("cypher/migrations/V0003__Role_catalog.cypher")) {
            Matcher codes =
                    Pattern.compile("code: '([a-z_]+)'").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> found = new TreeSet<>();
            while (codes.find()) {
                found.add(codes.group(1));
            }
            return found;
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
