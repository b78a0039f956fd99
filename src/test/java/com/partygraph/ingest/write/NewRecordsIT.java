package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import com.partygraph.ingest.mapping.RowNormalizersForTests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rows new to the graph are written together, a statement per kind of write for the whole batch:
 * the graph must come out as if the rows had been applied one at a time, in order, including rows
 * that share emails or organization names and rows that refer to rows later in the batch.
 */
class NewRecordsIT {

    @RegisterExtension
    static final DemoApplier demo = new DemoApplier(Set.of("contact", "sales_customer", "prospect", "portal_user"));

    @Test
    void aBatchOfNewRowsMakesTheGraphThatRowsOneAtATimeMake() {
        BatchResult together = demo.applier().apply(rows(7, 1000));
        for (RowChange change : rows(8, 2000)) {
            demo.applier().apply(List.of(change));
        }

        assertThat(together.applied()).isEqualTo(rows(7, 1000).size());
        assertThat(together.pending()).isZero();
        Map<String, List<String>> batch = describe("business-7");
        Map<String, List<String>> oneByOne = describe("business-8");
        assertThat(batch).isEqualTo(oneByOne);
        // Outcomes a user relies on, so that two equally wrong graphs cannot pass.
        // The company's own row joins the organization its contacts named before it; a later mention joins too.
        assertThat(batch.get("parties"))
                .contains(
                        "Person Annie Lee [ann@acme.com] <- contacts/1 contacts/2",
                        "Person Bob Stone [bob.stone@y.com, bob@x.com] <- contacts/3 customers/11 shopping_carts/31#party",
                        "Organization Acme Inc [info@acme.com] <- contacts/1#organization contacts/2#organization contacts/5#organization customers/10",
                        "Organization Zeta LLC [] <- contacts/3#organization contacts/4#organization customers/12");
        String acme = "contacts/1#organization contacts/2#organization contacts/5#organization customers/10";
        assertThat(batch.get("edges"))
                .contains("contacts/1 contacts/2 EMPLOYEE_OF " + acme, "customer_portal_users/40 EMPLOYEE_OF " + acme);
        assertThat(batch.get("activities"))
                .contains(
                        "demo/sales_invoices/20 OF contacts/3#organization contacts/4#organization customers/12",
                        "demo/shopping_carts/31 OF contacts/3 customers/11 shopping_carts/31#party");
    }

    @Test
    void partiesMadeByABatchCarryWhatDerivingThemFromTheirRecordsGives() {
        demo.applier().apply(rows(9, 3000));
        Map<String, Object> before = partyAttributes("business-9");

        demo.work().write(tx -> {
            Statements db = new Statements(tx, demo.harness().queries(), Tenant.named("business-9"), "demo", null);
            new Profiles(db.survivorship()).rebuild(db, before.keySet());
            return null;
        });

        // Ann, Bob, Carl, Dee, Eve, the cart's new@z.com; Acme and Zeta, each named by rows and its own row.
        assertThat(before).hasSize(8);
        assertThat(partyAttributes("business-9")).isEqualTo(before);
    }

    @Test
    void partiesThatLaterBatchesJoinCarryWhatDerivingThemFromAllTheirRecordsGives() {
        // Read as a snapshot, so that the watermark other tests leave does not skip them.
        List<RowChange> rows = rows(10, 1).stream()
                .map(row -> new RowChange(row.op(), row.table(), row.key(), row.row(), new Position(1, 1, true)))
                .toList();
        // Ann is joined by Annie (same email, another spelling) a batch later, Bob by his customer row,
        // and then by a shopping cart that names his second email.
        demo.applier().apply(rows.subList(0, 1));
        demo.applier().apply(rows.subList(1, 4));
        demo.applier().apply(rows.subList(4, 9));
        demo.applier().apply(rows.subList(9, 12));
        Map<String, Object> before = describedByOwnRows("business-10");

        demo.work().write(tx -> {
            Statements db = new Statements(tx, demo.harness().queries(), Tenant.named("business-10"), "demo", null);
            new Profiles(db.survivorship()).rebuild(db, before.keySet());
            return null;
        });

        assertThat(describedByOwnRows("business-10")).isEqualTo(before);
        List<Object> names = before.values().stream()
                .map(party -> (Object) ((Map<?, ?>) party).get("displayName"))
                .toList();
        List<Object> emails = before.values().stream()
                .map(party -> (Object) ((Map<?, ?>) party).get("emails"))
                .toList();
        // Ann and Annie are one record each, read by one snapshot: neither is more frequent or more recent, and
        // the smaller value wins, whatever order they came in.
        assertThat(names).contains("Ann Lee", "Bob Stone", "Acme Inc", "Zeta LLC");
        assertThat(emails).contains(List.of("bob.stone@y.com", "bob@x.com"));
    }

    @Test
    void aSnapshotBatchWrittenInPartsAtOnceMakesTheGraphOneTransactionMakes() throws InterruptedException {
        List<Integer> units = new ArrayList<>();
        try (EmbeddedWork two = new EmbeddedWork(demo.harness().neo4j().defaultDatabaseService(), 2)) {
            GraphWork counting = new GraphWork() {
                @Override
                public <T> T write(Function<Cypher, T> work) {
                    return two.write(work);
                }

                @Override
                public int writers() {
                    return two.writers();
                }

                @Override
                public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
                    units.add(works.size());
                    return two.writeApart(works);
                }
            };
            ChangeApplier parallel = new ChangeApplier(
                    counting,
                    demo.harness().queries(),
                    MappingLoader.load(Path.of("import/mapping.yaml")),
                    Set.of("contact", "sales_customer", "prospect", "portal_user"),
                    RowNormalizersForTests.normalizers(),
                    demo.resolver());

            BatchResult apart = parallel.apply(snapshot(rows(11, 1)));
            BatchResult together = demo.applier().apply(snapshot(rows(12, 1)));

            assertThat(units).containsExactly(2);
            assertThat(apart.applied()).isEqualTo(together.applied()).isEqualTo(12);
            assertThat(apart.pending()).isZero();
            assertThat(describe("business-11")).isEqualTo(describe("business-12"));
        }
    }

    private static List<RowChange> snapshot(List<RowChange> rows) {
        return rows.stream()
                .map(row -> new RowChange(Op.READ, row.table(), row.key(), row.row(), new Position(1, 1, true)))
                .toList();
    }

    /**
     * The attributes of parties some row describes itself. An organization known only from mentions
     * keeps the first mention's display name until something else derives it again (see describe).
     */
    private static Map<String, Object> describedByOwnRows(String tenant) {
        Map<String, Object> parties = partyAttributes(tenant);
        try (var session = demo.harness().driver().session()) {
            List<String> described = session.run("""
					MATCH (p:Party {tenant: $tenant})
					WHERE EXISTS { (p)<-[:IDENTIFIES]-(s:SourceRecord WHERE s.derivedFrom IS NULL) }
					RETURN p.id AS id""", Map.of("tenant", tenant))
                    .list(row -> row.get("id").asString());
            parties.keySet().retainAll(described);
            return parties;
        }
    }

    /** Every party's attributes and contact points, without the time and count of its last derivation. */
    private static Map<String, Object> partyAttributes(String tenant) {
        try (var session = demo.harness().driver().session()) {
            Map<String, Object> parties = new HashMap<>();
            session.run("""
					MATCH (p:Party {tenant: $tenant})
					RETURN p.id AS id, p {.*, updatedAt: null, version: null,
					       emails: COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value },
					       phones: COLLECT { MATCH (p)-[:HAS_PHONE]->(n:Phone) RETURN n.value ORDER BY n.value },
					       domains: COLLECT { MATCH (p)-[:HAS_DOMAIN]->(d:Domain) RETURN d.value ORDER BY d.value }} AS party
					""", Map.of("tenant", tenant))
                    .forEachRemaining(row -> parties.put(
                            row.get("id").asString(), row.get("party").asMap()));
            return parties;
        }
    }

    private static List<RowChange> rows(int business, long lsn) {
        List<RowChange> rows = new ArrayList<>();
        rows.add(row(
                lsn + rows.size(),
                "contacts",
                1,
                business,
                "first_name",
                "Ann",
                "last_name",
                "Lee",
                "email",
                "ann@acme.com",
                "organization",
                "Acme Inc."));
        rows.add(row(
                lsn + rows.size(),
                "contacts",
                2,
                business,
                "first_name",
                "Annie",
                "last_name",
                "Lee",
                "email",
                "ANN@acme.com",
                "organization",
                "ACME, Inc"));
        rows.add(row(
                lsn + rows.size(),
                "contacts",
                3,
                business,
                "first_name",
                "Bob",
                "last_name",
                "Stone",
                "email",
                "bob@x.com",
                "organization",
                "Zeta LLC"));
        rows.add(row(
                lsn + rows.size(),
                "contacts",
                4,
                business,
                "first_name",
                "Carl",
                "last_name",
                "Nomail",
                "organization",
                "Zeta LLC"));
        rows.add(row(
                lsn + rows.size(),
                "customers",
                10,
                business,
                "customer_kind",
                "company",
                "customer_name",
                "Acme Inc",
                "email",
                "info@acme.com",
                "entity_type",
                "sales_customer"));
        rows.add(row(
                lsn + rows.size(),
                "customers",
                11,
                business,
                "customer_kind",
                "individual",
                "customer_name",
                "Bob Stone",
                "email",
                "bob@x.com",
                "secondary_email",
                "bob.stone@y.com",
                "entity_type",
                "prospect"));
        // Refers to a customer that comes later in the batch.
        rows.add(row(
                lsn + rows.size(),
                "sales_invoices",
                20,
                business,
                "customer_id",
                12,
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
        rows.add(row(
                lsn + rows.size(),
                "customers",
                12,
                business,
                "customer_kind",
                "company",
                "customer_name",
                "Zeta LLC",
                "entity_type",
                "sales_customer"));
        rows.add(row(
                lsn + rows.size(),
                "contacts",
                5,
                business,
                "first_name",
                "Dee",
                "last_name",
                "Ray",
                "email",
                "dee@acme.com",
                "organization",
                "Acme Inc"));
        rows.add(row(
                lsn + rows.size(),
                "shopping_carts",
                30,
                business,
                "customer_email",
                "new@z.com",
                "created_at",
                "2026-02-01T10:00:00Z",
                "cart_total",
                "10"));
        rows.add(row(
                lsn + rows.size(),
                "shopping_carts",
                31,
                business,
                "customer_email",
                "Bob.Stone@y.com",
                "created_at",
                "2026-02-02T10:00:00Z",
                "cart_total",
                "20"));
        rows.add(row(
                lsn + rows.size(),
                "customer_portal_users",
                40,
                business,
                "first_name",
                "Eve",
                "last_name",
                "Port",
                "email",
                "eve@acme.com",
                "customer_id",
                10));
        return rows;
    }

    private static RowChange row(long lsn, String table, int id, int business, Object... columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("business_id", business);
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return new RowChange(Op.CREATE, table, Integer.toString(id), row, new Position(lsn, lsn, false));
    }

    /**
     * Parties, edges, roles and activities, each party named by the records that identify it. An
     * organization known only from free-text mentions is shown by its normalized name: a mention of
     * an organization known already adds nothing to it, so one row at a time leaves its display name
     * as the first mention had it, while a batch derives it once from all mentions (the newest names it).
     */
    private static Map<String, List<String>> describe(String tenant) {
        try (var session = demo.harness().driver().session()) {
            Map<String, Object> parameters = Map.of("tenant", tenant);
            Map<String, String> names = new HashMap<>();
            List<String> parties = new ArrayList<>();
            session.run("""
					MATCH (p:Party {tenant: $tenant})
					RETURN p.id AS id, [l IN labels(p) WHERE l <> 'Party'][0] AS kind,
					       CASE WHEN p:Person OR EXISTS { (p)<-[:IDENTIFIES]-(s:SourceRecord WHERE s.derivedFrom IS NULL) }
					            THEN p.displayName ELSE p.normalizedName END AS name,
					       COLLECT { MATCH (p)-[:HAS_EMAIL]->(e:Email) RETURN e.value ORDER BY e.value } AS emails,
					       COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) RETURN s.table + '/' + s.key AS k ORDER BY k } AS keys
					""", parameters).forEachRemaining(row -> {
                String keys = String.join(" ", row.get("keys").asList(v -> v.asString()));
                names.put(row.get("id").asString(), keys);
                parties.add(row.get("kind").asString() + " " + row.get("name").asString() + " "
                        + row.get("emails").asList(v -> v.asString()) + " <- " + keys);
            });
            List<String> edges = session.run("""
					MATCH (a:Party {tenant: $tenant})-[r]->(b:Party {tenant: $tenant})
					RETURN a.id AS a, type(r) AS type, b.id AS b""", parameters)
                    .list(row -> names.get(row.get("a").asString()) + " "
                            + row.get("type").asString() + " "
                            + names.get(row.get("b").asString()));
            List<String> roles = session.run("""
					MATCH (p:Party {tenant: $tenant})-[h:HAS_ROLE]->(r:Role)
					RETURN p.id AS p, r.code AS code, h.record AS record""", parameters)
                    .list(row -> names.get(row.get("p").asString()) + " "
                            + row.get("code").asString() + " "
                            + row.get("record").asString());
            List<String> activities = session.run("""
					MATCH (x:Activity {tenant: $tenant})-[:OF]->(p:Party)
					RETURN x.id AS id, p.id AS p""", parameters)
                    .list(row -> row.get("id").asString() + " OF "
                            + names.get(row.get("p").asString()));
            return Map.of(
                    "parties",
                    sorted(parties),
                    "edges",
                    sorted(edges),
                    "roles",
                    sorted(roles),
                    "activities",
                    sorted(activities));
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
