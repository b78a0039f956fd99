package com.partygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.schema.SchemaMigrations;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import com.partygraph.ingest.mapping.RowNormalizersForTests;
import com.partygraph.ingest.write.BatchResult;
import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.ingest.write.DriverWork;
import com.partygraph.support.Harness;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Change application over the Java driver, as used against an external Neo4j server. */
class DriverWorkIT {

    @RegisterExtension
    static final Harness harness = new Harness();

    private static ChangeApplier applier;

    @BeforeAll
    static void migrateAndMap() {
        new SchemaMigrations(harness.driver(), harness.queries()).apply();
        applier = new ChangeApplier(
                new DriverWork(harness.driver()),
                harness.queries(),
                MappingLoader.load(Path.of("import/mapping.yaml")),
                Set.of("contact", "sales_customer", "prospect"),
                RowNormalizersForTests.normalizers(),
                RowNormalizersForTests.resolver(harness.driver(), harness.queries()));
    }

    @Test
    void appliesReplaysAndRetractsOverTheDriver() {
        Map<String, Object> contact = Map.of(
                "id",
                501,
                "business_id",
                7,
                "first_name",
                "Dee",
                "last_name",
                "River",
                "email",
                "Dee.River@Example.com",
                "organization",
                "River Works Inc.");
        BatchResult first = applier.apply(
                List.of(new RowChange(Op.CREATE, "contacts", "501", contact, new Position(100, 90, false))));
        BatchResult replay = applier.apply(
                List.of(new RowChange(Op.CREATE, "contacts", "501", contact, new Position(100, 90, false))));
        Map<String, Object> changed = new HashMap<>(contact);
        changed.put("email", "dee@example.com");
        applier.apply(List.of(new RowChange(Op.UPDATE, "contacts", "501", changed, new Position(110, 105, false))));

        assertThat(first.applied()).isEqualTo(1);
        assertThat(replay.skipped()).isEqualTo(1);
        try (var session = harness.driver().session()) {
            var person = session.run("""
					MATCH (p:Person {tenant: 'business-7'})-[:HAS_EMAIL]->(e:Email)
					MATCH (p)-[:EMPLOYEE_OF]->(o:Organization)
					RETURN p.displayName AS name, collect(e.value) AS emails, o.normalizedName AS employer""").single();
            assertThat(person.get("name").asString()).isEqualTo("Dee River");
            assertThat(person.get("emails").asList()).containsExactly("dee@example.com");
            assertThat(person.get("employer").asString()).isEqualTo("river works");
        }
    }

    @Test
    void aSnapshotBatchIsWrittenInPartsInSessionsOfTheirOwn() throws InterruptedException {
        try (DriverWork two = new DriverWork(harness.driver(), 2)) {
            ChangeApplier parallel = new ChangeApplier(
                    two,
                    harness.queries(),
                    MappingLoader.load(Path.of("import/mapping.yaml")),
                    Set.of("contact", "sales_customer", "prospect"),
                    RowNormalizersForTests.normalizers(),
                    RowNormalizersForTests.resolver(harness.driver(), harness.queries()));
            // The company's own row comes first: a later mention of its name joins it.
            List<RowChange> snapshot = List.of(
                    read(
                            "customers",
                            604,
                            "customer_kind",
                            "company",
                            "customer_name",
                            "Brook Mills",
                            "entity_type",
                            "sales_customer"),
                    read("contacts", 601, "first_name", "Ada", "last_name", "Stone", "email", "ada@stone.example"),
                    read(
                            "contacts",
                            602,
                            "first_name",
                            "Ida",
                            "last_name",
                            "Brook",
                            "email",
                            "ida@brook.example",
                            "organization",
                            "Brook Mills"),
                    read("contacts", 603, "first_name", "Ida", "last_name", "B.", "email", "IDA@brook.example"));

            BatchResult result = parallel.apply(snapshot);

            assertThat(result.applied()).isEqualTo(4);
            try (var session = harness.driver().session()) {
                var people = session.run("""
						MATCH (p:Person {tenant: 'business-8'})
						RETURN p.displayName AS name,
						       COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) RETURN s.key ORDER BY s.key } AS keys
						ORDER BY name""")
                        .list(row -> row.get("name").asString() + " "
                                + row.get("keys").asList());
                assertThat(people)
                        .hasSize(2)
                        .anySatisfy(line -> assertThat(line).endsWith("[601]"))
                        .anySatisfy(line -> assertThat(line).endsWith("[602, 603]"));
                long mills = session.run("MATCH (o:Organization {tenant: 'business-8', normalizedName: 'brook mills'})"
                                + " RETURN count(o) AS n")
                        .single()
                        .get("n")
                        .asLong();
                assertThat(mills).isEqualTo(1);
            }
        }
    }

    private static RowChange read(String table, int id, Object... columns) {
        Map<String, Object> row = new HashMap<>(Map.of("id", id, "business_id", 8));
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return new RowChange(Op.READ, table, Integer.toString(id), row, new Position(1, 1, true));
    }

    @Test
    void aRowTheMappingCannotReadIsASyncError() {
        // No name, and the one contact point unreadable: nothing says whom the row is about.
        Map<String, Object> bad = Map.of("id", 502, "business_id", 7, "email", "ann@@x");
        // A name and an unreadable email: the row goes in without the email, with a warning.
        Map<String, Object> named = Map.of("id", 503, "business_id", 7, "first_name", "Ann", "email", "ann@@x");
        BatchResult result = applier.apply(List.of(
                new RowChange(Op.CREATE, "contacts", "502", bad, new Position(200, 190, false)),
                new RowChange(Op.CREATE, "contacts", "503", named, new Position(200, 191, false))));

        assertThat(result.errors()).isEqualTo(1);
        try (var session = harness.driver().session()) {
            var error = session.run(
                            "MATCH (e:SyncError {tenant: 'business-7', key: '502'})-[:CONCERNS]->(s:SourceRecord)"
                                    + " RETURN e.reason AS reason, e.rawRow AS raw")
                    .single();
            assertThat(error.get("reason").asString())
                    .startsWith("no name: ")
                    .endsWith("empty, and no email, phone or identifier to know the party by");
            assertThat(error.get("raw").asString()).contains("\"email\":\"ann@@x\"");
            var warned = session.run(
                            "MATCH (s:SourceRecord {tenant: 'business-7', key: '503'})-[:IDENTIFIES]->(p:Party)"
                                    + " RETURN s.warnings AS warnings, p.displayName AS name, s.raw AS raw")
                    .single();
            assertThat(warned.get("warnings").asList(org.neo4j.driver.Value::asString))
                    .containsExactly("email: 'ann@@x' is not an email address");
            assertThat(warned.get("name").asString()).isEqualTo("Ann");
            assertThat(warned.get("raw").asString()).contains("ann@@x");
        }
    }
}
