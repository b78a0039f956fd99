package com.partygraph.bench;

import com.partygraph.evaluate.ResolutionEvaluation;
import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.ingest.source.demo.DemoPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resolution evaluation on a FEBRL file of person records with ground truth ({@code ../shared/data/febrl}): the
 * file is loaded into a table {@code febrl} of an embedded PostgreSQL (every column as text, as the README there
 * says to read it), its truth written from the record ids ({@code rec-<N>-org}, {@code rec-<N>-dup-<k>}: one person
 * per N), and {@link ResolutionEvaluation} run on it with {@code import/febrl/mapping.yaml}. Other options are passed
 * on to the evaluation ({@code --errors 20}, {@code --estimate true}, ...).
 *
 * <p>{@code --file} (default {@code ../shared/data/febrl/dataset2.csv}). With {@code --snapshot true} it measures
 * instead what a user sees who points a fresh start of the application at that table: the time from start until the
 * snapshot is in the graph (resolved, with survivorship, timeline and all), the snapshot's rows per second, and the
 * statements' share of it; {@code --writers N} sets {@code partygraph.ingest.writers} (default 0: one per
 * processor); {@code --runs N} starts it N times in one JVM, each on an empty graph (the later runs show what a
 * warm JVM does). Figures printed and written to {@code target/bench/<run>/febrl-snapshot.json}.
 */
public final class FebrlEvaluation {

    private FebrlEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of("../shared/data/febrl/dataset2.csv");
        List<String> passed = new ArrayList<>();
        boolean snapshot = false;
        String writers = "0";
        int runs = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--file")) {
                file = Path.of(args[i + 1]);
            } else if (args[i].equals("--snapshot")) {
                snapshot = Boolean.parseBoolean(args[i + 1]);
            } else if (args[i].equals("--writers")) {
                writers = args[i + 1];
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[i + 1]);
            } else {
                passed.add(args[i]);
                passed.add(args[i + 1]);
            }
        }
        Path dir = BenchReport.directory();
        Path imports = dir.resolve("import");
        Files.createDirectories(imports);
        Path truth = dir.resolve("febrl-truth.csv");
        load(file, imports.resolve("01-febrl.sql"), truth);
        try (DemoPostgres postgres =
                new DemoPostgres(new IngestSettings.Demo(true, 0, dir.resolve("postgres"), imports))) {
            if (snapshot) {
                for (int run = 1; run <= runs; run++) {
                    snapshot(postgres, file, runs == 1 ? dir : dir.resolve("run-" + run), writers);
                }
                return;
            }
            passed.addAll(List.of(
                    "--url",
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                    "--user",
                    "postgres",
                    "--password",
                    "postgres",
                    "--mapping",
                    "import/febrl/mapping.yaml",
                    "--truth",
                    truth.toString()));
            ResolutionEvaluation.main(passed.toArray(String[]::new));
        }
    }

    private static void snapshot(DemoPostgres postgres, Path file, Path dir, String writers) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put("file", file.toString());
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = IngestBenchmark.start(
                postgres, "febrl", "import/febrl/mapping.yaml", dir, "512m", writers, "2048", "probabilistic")) {
            double started = (System.nanoTime() - start) / 1e9;
            StatementTimes statements = StatementTimes.sinceStart(app.getBean(MeterRegistry.class));
            SourceStatus status = app.getBean(Ingestion.class)
                    .connector("febrl")
                    .orElseThrow()
                    .status();
            IngestBenchmark.snapshot(status, results, "snapshot");
            double resolved = (System.nanoTime() - start) / 1e9;
            results.put("startedSeconds", BenchReport.round(started));
            results.put("startToSnapshotDoneSeconds", BenchReport.round(resolved));
            System.out.printf("started in %.1f s; snapshot in the graph %.1f s after the start%n", started, resolved);
            statements.since(12, results, "snapshot").forEach(line -> System.out.println("  " + line));
        }
        BenchReport.write("febrl-snapshot", results, dir);
    }

    /** Writes the file as one table's SQL, every column text, and the truth as {@code table,key,entity}. */
    private static void load(Path file, Path sql, Path truth) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] columns = split(lines.get(0));
        StringBuilder script = new StringBuilder("CREATE TABLE febrl (");
        for (int c = 0; c < columns.length; c++) {
            script.append(c == 0 ? "" : ", ").append(columns[c]).append(" text").append(c == 0 ? " PRIMARY KEY" : "");
        }
        script.append(");\n");
        StringBuilder entities = new StringBuilder("table,key,entity\n");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] values = split(line);
            script.append("INSERT INTO febrl VALUES (");
            for (int c = 0; c < columns.length; c++) {
                String value = c < values.length ? values[c] : "";
                script.append(c == 0 ? "" : ", ")
                        .append(value.isEmpty() ? "NULL" : "'" + value.replace("'", "''") + "'");
            }
            script.append(");\n");
            entities.append("febrl,")
                    .append(values[0])
                    .append(',')
                    .append(values[0].split("-")[1])
                    .append('\n');
        }
        Files.writeString(sql, script);
        Files.writeString(truth, entities);
    }

    // Fields are separated by a comma and a blank, and hold no commas of their own.
    private static String[] split(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        return fields;
    }
}
