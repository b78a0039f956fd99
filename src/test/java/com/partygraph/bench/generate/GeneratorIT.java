package com.partygraph.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.demo.DemoPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator against a real PostgreSQL with the demo schema. */
class GeneratorIT {

    @TempDir
    Path directory;

    @Test
    void groundTruthNamesEveryGeneratedRowAndRowsRespectTheirForeignKeys() throws Exception {
        try (DemoPostgres postgres = new DemoPostgres(
                new IngestSettings.Demo(true, 0, this.directory.resolve("postgres"), Path.of("import")))) {
            Map<String, Long> before = counts(postgres);
            Path truth = this.directory.resolve("truth.csv");
            // At 50,000 parties the invoices fill a copy chunk before their customers do: order must still hold.
            long rows = Generator.generate(
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                    "postgres",
                    "postgres",
                    50_000,
                    7,
                    1,
                    truth);

            List<String> lines = Files.readAllLines(truth);
            assertThat(lines.get(0)).isEqualTo("party,table,key");
            assertThat(lines).hasSize((int) rows + 1);
            Map<String, Long> perTable = new HashMap<>();
            lines.stream().skip(1).map(line -> line.split(",")[1]).forEach(t -> perTable.merge(t, 1L, Long::sum));
            Map<String, Long> after = counts(postgres);
            perTable.forEach((table, n) ->
                    assertThat(after.get(table) - before.get(table)).as(table).isEqualTo(n));
            // Every table of the demo schema gets rows.
            assertThat(perTable.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
            // Some real parties appear in more than one row, which is what resolution has to find.
            long multiRow = lines.stream()
                    .skip(1)
                    .map(line -> line.split(",")[0])
                    .filter(party -> !party.isEmpty())
                    .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()))
                    .values()
                    .stream()
                    .filter(n -> n > 1)
                    .count();
            assertThat(multiRow).isGreaterThan(10_000);
            // Companies that act in two project roles, such as technology vendor and operator.
            List<String> roleTables = List.of(
                    "technology_vendors", "owners_developers", "operators", "constructors", "offtakers", "clients");
            long twoRoles = lines.stream()
                    .skip(1)
                    .map(line -> line.split(","))
                    .filter(fields -> roleTables.contains(fields[1]))
                    .collect(java.util.stream.Collectors.groupingBy(
                            fields -> fields[0],
                            java.util.stream.Collectors.mapping(
                                    fields -> fields[1], java.util.stream.Collectors.toSet())))
                    .values()
                    .stream()
                    .filter(tables -> tables.size() > 1)
                    .count();
            assertThat(twoRoles).isGreaterThan(100);
        }
    }

    @Test
    void theSameSeedGivesTheSameRows() throws Exception {
        List<String> first = generateContacts(3);
        List<String> second = generateContacts(3);
        assertThat(first).isEqualTo(second).hasSizeGreaterThan(100);
    }

    private List<String> generateContacts(long seed) throws Exception {
        try (DemoPostgres postgres = new DemoPostgres(new IngestSettings.Demo(
                true, 0, this.directory.resolve("pg-" + UUID.randomUUID()), Path.of("import")))) {
            Generator.generate(
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres",
                    "postgres",
                    "postgres",
                    200,
                    seed,
                    1,
                    this.directory.resolve("t-" + UUID.randomUUID() + ".csv"));
            try (var connection = postgres.connection();
                    var statement = connection.createStatement();
                    var rows =
                            statement.executeQuery("SELECT first_name, last_name, email FROM contacts ORDER BY id")) {
                List<String> contacts = new java.util.ArrayList<>();
                while (rows.next()) {
                    contacts.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
                return contacts;
            }
        }
    }

    private static Map<String, Long> counts(DemoPostgres postgres) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (var connection = postgres.connection();
                var statement = connection.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var names = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (var count = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }
}
