package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import com.partygraph.ingest.mapping.RowNormalizersForTests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A snapshot read again (after a crash, or offsets reset) brings rows the graph already holds: rows
 * exactly as their records hold them, read under the same mapping, change nothing at all; under
 * another mapping they are read again.
 */
class ReplayedSnapshotIT {

    private static final Set<String> ROLES = Set.of("contact", "sales_customer");

    @RegisterExtension
    static final DemoApplier demo = new DemoApplier(ROLES);

    @Test
    void rowsAsTheGraphHoldsThemAreLeftAloneUnlessTheMappingChanged() {
        List<RowChange> rows = List.of(
                read(
                        "contacts",
                        1,
                        "first_name",
                        "Ann",
                        "last_name",
                        "Lee",
                        "email",
                        "ann@acme.com",
                        "organization",
                        "Acme Inc."),
                read(
                        "customers",
                        10,
                        "customer_kind",
                        "company",
                        "customer_name",
                        "Acme Inc",
                        "email",
                        "info@acme.com",
                        "entity_type",
                        "sales_customer"),
                read(
                        "sales_invoices",
                        20,
                        "customer_id",
                        10,
                        "invoice_date",
                        "2026-01-05",
                        "total_amount",
                        "120.50",
                        "currency",
                        "usd",
                        "sales_channel",
                        "web",
                        "invoice_number",
                        "I-20"));
        assertThat(demo.applier().apply(rows).applied()).isEqualTo(3);
        Map<String, Object> before = versions();

        BatchResult again = demo.applier().apply(rows);

        assertThat(again.applied()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(versions()).isEqualTo(before);

        // A changed row among them is applied; the others are still left alone.
        List<RowChange> changed = List.of(
                rows.get(0),
                rows.get(1),
                read(
                        "sales_invoices",
                        20,
                        "customer_id",
                        10,
                        "invoice_date",
                        "2026-01-05",
                        "total_amount",
                        "130.00",
                        "currency",
                        "usd",
                        "sales_channel",
                        "web",
                        "invoice_number",
                        "I-20"));
        BatchResult withChange = demo.applier().apply(changed);
        assertThat(withChange.applied()).isEqualTo(1);
        assertThat(withChange.skipped()).isEqualTo(2);

        // Another role catalog is another reading of the same rows: all are applied again.
        Set<String> moreRoles = new HashSet<>(ROLES);
        moreRoles.add("prospect");
        ChangeApplier remapped = new ChangeApplier(
                demo.work(),
                demo.harness().queries(),
                MappingLoader.load(Path.of("import/mapping.yaml")),
                moreRoles,
                RowNormalizersForTests.normalizers(),
                demo.resolver());
        assertThat(remapped.apply(changed).applied()).isEqualTo(3);
    }

    @Test
    void recordsWrittenBeforeFingerprintsAreReadAgain() {
        List<RowChange> rows = List.of(
                read(31, "contacts", 2, "first_name", "Bo", "last_name", "Old", "email", "bo@old.com"),
                read(
                        31,
                        "customers",
                        11,
                        "customer_kind",
                        "company",
                        "customer_name",
                        "Old Co",
                        "email",
                        "info@old.com",
                        "entity_type",
                        "sales_customer"));
        assertThat(demo.applier().apply(rows).applied()).isEqualTo(2);
        try (var session = demo.harness().driver().session()) {
            session.run("MATCH (s:SourceRecord {tenant: 'business-31'}) REMOVE s.mapping")
                    .consume();
        }

        BatchResult again = demo.applier().apply(rows);

        assertThat(again.applied()).isEqualTo(2);
        assertThat(again.errors()).isZero();
        assertThat(demo.applier().apply(rows).skipped()).isEqualTo(2);
    }

    /**
     * A batch whose write reached the graph although the caller heard of a failure (the connection lost with the
     * commit's answer) is delivered again: its rows, now held unchanged, are left alone. Rows describing the same
     * people later must still meet those records in resolution, not make parties of their own.
     */
    @Test
    void aBatchWrittenThoughItFailedIsStillWhatLaterRowsAreResolvedAgainst() {
        int people = 30;
        int again = 10;
        AtomicInteger writes = new AtomicInteger();
        GraphWork answerLost = new GraphWork() {
            @Override
            public <T> T write(Function<Cypher, T> work) {
                return demo.work().write(work);
            }

            @Override
            public int writers() {
                return demo.work().writers();
            }

            @Override
            public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
                List<Outcome<T>> outcomes = demo.work().writeApart(works);
                if (writes.incrementAndGet() == 1) {
                    throw new IllegalStateException("the connection was lost with the commit's answer");
                }
                return outcomes;
            }
        };
        ChangeApplier cut = new ChangeApplier(
                answerLost,
                demo.harness().queries(),
                MappingLoader.load(Path.of("import/mapping.yaml")),
                ROLES,
                RowNormalizersForTests.normalizers(),
                demo.resolver());
        List<RowChange> first = contacts(0, people);
        assertThatThrownBy(() -> cut.apply(first)).hasMessageContaining("commit's answer");
        assertThat(partiesOfContacts()).hasSize(people);
        assertThat(demo.applier().apply(first).skipped()).isEqualTo(people);

        BatchResult later = demo.applier().apply(contacts(people, again));

        assertThat(later.applied()).isEqualTo(again);
        Map<String, String> parties = partiesOfContacts();
        assertThat(parties).hasSize(people + again);
        assertThat(new HashSet<>(parties.values())).hasSize(people);
        for (int i = 0; i < again; i++) {
            assertThat(parties.get(Integer.toString(1000 + people + i)))
                    .as("contact %s, the same person as contact %s", 1000 + people + i, 1000 + i)
                    .isEqualTo(parties.get(Integer.toString(1000 + i)));
        }
    }

    /** Contact rows of business 32 with keys from {@code 1000 + from}, describing the first {@code count} people. */
    private static List<RowChange> contacts(int from, int count) {
        List<String> given = List.of("Ann", "Bo", "Cleo", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo");
        List<RowChange> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int who = i;
            rows.add(read(
                    32,
                    "contacts",
                    1000 + from + i,
                    "first_name",
                    given.get(who % given.size()),
                    "last_name",
                    "Family" + (char) ('A' + who / given.size() % 26),
                    "email",
                    "person" + who + "@example.com"));
        }
        return rows;
    }

    /** The party of each contact record of business 32, by the record's key. */
    private static Map<String, String> partiesOfContacts() {
        try (var session = demo.harness().driver().session()) {
            Map<String, String> parties = new HashMap<>();
            session.run(
                            "MATCH (s:SourceRecord {tenant: $tenant, table: 'contacts'})-[:IDENTIFIES]->(p:Party)"
                                    + " RETURN s.key AS key, p.id AS party",
                            Map.of("tenant", "business-32"))
                    .forEachRemaining(row -> parties.put(
                            row.get("key").asString(), row.get("party").asString()));
            return parties;
        }
    }

    /** Each party's and each source record's version marks: what a write that changes nothing leaves alone. */
    private static Map<String, Object> versions() {
        try (var session = demo.harness().driver().session()) {
            Map<String, Object> versions = new HashMap<>();
            session.run("""
					MATCH (p:Party {tenant: 'business-30'})
					RETURN p.id AS id, [p.version, p.updatedAt] AS mark
					UNION
					MATCH (s:SourceRecord {tenant: 'business-30'})
					RETURN s.table + '/' + s.key AS id, [s.lastSeen, s.position] AS mark
					""")
                    .forEachRemaining(row -> versions.put(
                            row.get("id").asString(), row.get("mark").asObject()));
            assertThat(versions).hasSizeGreaterThan(5);
            return versions;
        }
    }

    private static RowChange read(String table, int id, Object... columns) {
        return read(30, table, id, columns);
    }

    private static RowChange read(int business, String table, int id, Object... columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("business_id", business);
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return new RowChange(Op.READ, table, Integer.toString(id), row, new Position(5, 5, true));
    }
}
