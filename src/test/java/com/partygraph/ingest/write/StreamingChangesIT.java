package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Changes as a stream brings them: what a change costs does not grow with the party it touches, every
 * assertion a row makes is kept, and what no live record holds any more leaves the graph.
 */
class StreamingChangesIT {

    @RegisterExtension
    static final DemoApplier demo =
            new DemoApplier(Set.of("contact", "technology_vendor", "operator", "prospect", "portal_user"));

    // Log positions go up across the tests: the watermark skips changes at or below it.
    private static final AtomicLong LSN = new AtomicLong(1);

    @Test
    void aChangeToARowOfAHugePartyTouchesNoMoreThanOneOfASmallParty() {
        String tenant = "business-41";
        List<RowChange> rows = new ArrayList<>();
        for (int i = 1; i <= 50_000; i++) {
            rows.add(snapshot(contact(tenant, i, "Person" + i, "Megacorp", "Engineer")));
        }
        rows.add(snapshot(contact(tenant, 60_000, "Lonely", "Tinyco", "Engineer")));
        for (int from = 0; from < rows.size(); from += 5_000) {
            demo.applier().apply(rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
        assertThat(
                        count(
                                tenant,
                                "MATCH (:Party:Person)-[:EMPLOYEE_OF]->(o:Party {tenant: $tenant, displayName: 'Megacorp'}) RETURN count(*)"))
                .isEqualTo(50_000L);

        try (Profiling profiling = new Profiling(demo.harness().neo4j().defaultDatabaseService())) {
            ChangeApplier applier = profiling.applier();
            long small = profiling.hits(() ->
                    applier.apply(List.of(change(Op.UPDATE, contact(tenant, 60_000, "Lonely", "Tinyco", "Director")))));
            long huge = profiling.hits(() ->
                    applier.apply(List.of(change(Op.UPDATE, contact(tenant, 7, "Person7", "Megacorp", "Director")))));
            long hugeDelete = profiling.hits(() ->
                    applier.apply(List.of(change(Op.DELETE, contact(tenant, 8, "Person8", "Megacorp", "Engineer")))));
            long smallDelete = profiling.hits(() ->
                    applier.apply(List.of(change(Op.DELETE, contact(tenant, 60_000, "Lonely", "Tinyco", "Director")))));

            // Database hits of the whole change: reading, retracting, asserting, deriving the party again.
            System.out.printf(
                    "Database hits of a change: update %d (huge party) / %d (one record); delete %d / %d%n",
                    huge, small, hugeDelete, smallDelete);
            assertThat(huge).as("update: %d hits against %d", huge, small).isLessThan(small * 2);
            assertThat(hugeDelete)
                    .as("delete: %d hits against %d", hugeDelete, smallDelete)
                    .isLessThan(smallDelete * 2);
        }
        assertThat(count(tenant, """
				MATCH (:Party {tenant: $tenant, givenName: 'Person7'})-[r:EMPLOYEE_OF]->(:Party {displayName: 'Megacorp'})
				RETURN CASE r.title WHEN 'Director' THEN 1 ELSE 0 END""")).isEqualTo(1L);
    }

    @Test
    void aChangeOfColumnsThatDoNotDescribeThePartyLeavesThePartyAsItWas() {
        String tenant = "business-43";
        demo.applier().apply(List.of(snapshot(contact(tenant, 1, "Ada", "Analytical Engines", "Engineer"))));
        Map<String, Object> before = party(tenant);
        String edge = employment(tenant);

        // The title is the employment edge's, not the person's: the edge changes, the person is not written.
        demo.applier().apply(List.of(change(Op.UPDATE, contact(tenant, 1, "Ada", "Analytical Engines", "Director"))));

        assertThat(party(tenant)).isEqualTo(before);
        assertThat(
                        count(
                                tenant,
                                "MATCH (:Party {tenant: $tenant, givenName: 'Ada'})-[r:EMPLOYEE_OF]->(o:Party)"
                                        + " WHERE o.displayName = 'Analytical Engines' AND r.title = 'Director' RETURN count(r)"))
                .isEqualTo(1L);
        assertThat(employment(tenant))
                .as("the same edge, its assertion replaced in place")
                .isEqualTo(edge);
        // Her role, given as it was, is kept (not withdrawn and given again).
        assertThat(count(
                        tenant,
                        "MATCH (:SourceRecord {tenant: $tenant, table: 'contacts', key: '1'})-[:IDENTIFIES]->(p:Party)"
                                + "-[h:HAS_ROLE]->(:Role {code: 'contact'}) RETURN count(h)"))
                .isEqualTo(1L);

        // Her email describes her: she is derived again from her record.
        demo.applier()
                .apply(List.of(change(
                        Op.UPDATE,
                        contact(tenant, 1, "Ada", "Analytical Engines", "Director", "ada@engines.example.com"))));

        Map<String, Object> after = party(tenant);
        assertThat(after.get("emails")).isEqualTo(List.of("ada@engines.example.com"));
        assertThat(after.get("updatedAt")).isNotEqualTo(before.get("updatedAt"));
    }

    /** The element id of contact 1's employment edge. */
    private static String employment(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session.run(
                            "MATCH (:SourceRecord {tenant: $tenant, table: 'contacts', key: '1'})-[:IDENTIFIES]->(p:Party)"
                                    + "-[r:EMPLOYEE_OF]->() RETURN elementId(r) AS id",
                            Map.of("tenant", tenant))
                    .single()
                    .get("id")
                    .asString();
        }
    }

    /** The party of contact 1: its version, when it was last written, its emails. */
    private static Map<String, Object> party(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session.run(
                            "MATCH (:SourceRecord {tenant: $tenant, table: 'contacts', key: '1'})-[:IDENTIFIES]->(p:Party)"
                                    + " RETURN p.version AS version, p.updatedAt AS updatedAt,"
                                    + " [(p)-[:HAS_EMAIL]->(e) | e.value] AS emails",
                            Map.of("tenant", tenant))
                    .single()
                    .asMap();
        }
    }

    @Test
    void aBurstOfUpdatesAndDeletesRunsTheStatementsOneUpdateAndOneDeleteRun() {
        String tenant = "business-45";
        List<RowChange> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(change(Op.CREATE, contact(tenant, i, "Person" + i, i % 2 == 0 ? "Acme" : "Zeta", "Engineer")));
        }
        demo.applier().apply(rows);

        try (Profiling profiling = new Profiling(demo.harness().neo4j().defaultDatabaseService())) {
            ChangeApplier applier = profiling.applier();
            long two = profiling.statements(() -> applier.apply(List.of(
                    change(Op.UPDATE, contact(tenant, 1, "Person1", "Acme", "Director")),
                    change(Op.DELETE, contact(tenant, 2, "Person2", "Acme", "Engineer")))));
            List<RowChange> burst = new ArrayList<>();
            for (int i = 3; i <= 300; i++) {
                burst.add(
                        i % 10 == 0
                                ? change(Op.DELETE, contact(tenant, i, "Person" + i, "Acme", "Engineer"))
                                : change(
                                        Op.UPDATE,
                                        contact(tenant, i, "Person" + i, i % 3 == 0 ? "Acme" : "Zeta", "Director")));
            }
            long many = profiling.statements(() -> applier.apply(burst));

            // Each kind of write is one statement for all the changes of a run (before runs of one: 23 and 3,371).
            System.out.printf(
                    "Statements: an update and a delete %d, %d updates and deletes %d%n", two, burst.size(), many);
            assertThat(many).isEqualTo(two);
        }
        assertThat(
                        count(
                                tenant,
                                "MATCH (:Party:Person {tenant: $tenant})-[r:EMPLOYEE_OF]->() WHERE r.title = 'Director' RETURN count(*)"))
                .isEqualTo(1L + 298 - 30);
        assertThat(count(tenant, "MATCH (o:Party:Organization {tenant: $tenant}) RETURN count(*)"))
                .as("Acme and Zeta")
                .isEqualTo(2L);
        assertThat(
                        count(
                                tenant,
                                "MATCH (:Party:Person {tenant: $tenant})-[r:EMPLOYEE_OF]->(:Party {displayName: 'Acme'}) RETURN count(*)"))
                .as("the first and every third row moved to Acme, every tenth deleted")
                .isEqualTo(1 + count(tenant, """
					UNWIND range(3, 300) AS i WITH i WHERE i % 10 <> 0 AND i % 3 = 0 RETURN count(*)"""));
        assertThat(count(tenant, "MATCH (p:Party:Person {tenant: $tenant}) WHERE p.status = 'active' RETURN count(*)"))
                .isEqualTo(300L - 1 - 30);
    }

    @Test
    void twoTitlesOfOnePersonAtOneCompanyAreBothKeptAndEachGoesWithItsRow() {
        demo.applier()
                .apply(List.of(
                        change(Op.CREATE, vendor(1, "SunTech Solar", "suntech-solar.com")),
                        change(
                                Op.CREATE,
                                fixed("operators", 1, "name", "SunTech Solar GmbH", "website", "suntech-solar.com")),
                        change(
                                Op.CREATE,
                                fixed(
                                        "personnel",
                                        1,
                                        "first_name",
                                        "Maria",
                                        "last_name",
                                        "Garcia",
                                        "email",
                                        "maria@suntech-solar.com")),
                        change(Op.CREATE, affiliation(1, "technology_vendors", "VP Sales", true, "2019-04-01")),
                        change(Op.CREATE, affiliation(2, "operators", "Board Observer", false, "2021-01-01"))));

        assertThat(employment()).containsExactly("VP Sales | VP Sales, Board Observer");

        demo.applier()
                .apply(List.of(
                        change(Op.DELETE, affiliation(1, "technology_vendors", "VP Sales", true, "2019-04-01"))));
        assertThat(employment()).containsExactly("Board Observer | Board Observer");

        demo.applier()
                .apply(List.of(change(Op.DELETE, affiliation(2, "operators", "Board Observer", false, "2021-01-01"))));
        assertThat(employment()).isEmpty();
    }

    @Test
    void anEdgeSaysNothingThatOnlyAnAssertionWithdrawnFromItSaid() {
        String tenant = "business-47";
        Map<String, Object> contact =
                contact(tenant, 4702, "Ann", "Globex Corporation", "Sales lead", "ann@globex.example");
        demo.applier()
                .apply(List.of(
                        change(
                                Op.CREATE,
                                fixedTenant(
                                        "customers",
                                        4701,
                                        tenant,
                                        "customer_kind",
                                        "company",
                                        "customer_name",
                                        "Globex Corporation",
                                        "entity_type",
                                        "prospect")),
                        change(Op.CREATE, contact),
                        change(
                                Op.CREATE,
                                fixedTenant(
                                        "customer_portal_users",
                                        4703,
                                        tenant,
                                        "first_name",
                                        "Ann",
                                        "last_name",
                                        "Worker",
                                        "email",
                                        "ann@globex.example",
                                        "customer_id",
                                        4701))));
        // One edge from Ann to Globex, said by the contact (with a title) and by the portal user (without one).
        assertThat(employment(tenant, "Ann")).containsExactly("Sales lead | Sales lead, -");

        demo.applier().apply(List.of(change(Op.DELETE, contact)));
        // No row says "Sales lead" any more: neither does the edge the portal user still asserts.
        assertThat(employment(tenant, "Ann")).containsExactly("- | -");
    }

    @Test
    void anEdgeThatTookAMergedPartysAssertionsIsSummarizedFromAllOfThem() {
        // Two pairs of records of one person each, kept apart until a customer row names both emails of a pair;
        // in each pair one says "VP Sales, primary" of the company and the other "Board Observer": the edge of the
        // merged person says the primary one, whichever party survives the merge.
        for (int pair = 0; pair < 2; pair++) {
            int id = 60 + 10 * pair;
            String company = "Heliotrope " + pair;
            String vp = "VP Sales";
            String board = "Board Observer";
            demo.applier()
                    .apply(List.of(
                            change(Op.CREATE, vendor(id, company, "helio" + pair + ".example")),
                            change(Op.CREATE, person(id + 1, "Lena", "lena" + pair + "@helio" + pair + ".example")),
                            change(Op.CREATE, person(id + 2, "L.", "okafor" + pair + "@mail.example")),
                            change(
                                    Op.CREATE,
                                    affiliation(
                                            id + 1,
                                            id + (pair == 0 ? 1 : 2),
                                            "technology_vendors",
                                            id,
                                            vp,
                                            true,
                                            "2019-04-01")),
                            change(
                                    Op.CREATE,
                                    affiliation(
                                            id + 2,
                                            id + (pair == 0 ? 2 : 1),
                                            "technology_vendors",
                                            id,
                                            board,
                                            false,
                                            "2021-01-01"))));
            assertThat(employmentAt(company)).as("two people apart").hasSize(2);

            demo.applier()
                    .apply(List.of(change(
                            Op.CREATE,
                            fixedTenant(
                                    "customers",
                                    id,
                                    "business-2",
                                    "customer_kind",
                                    "individual",
                                    "customer_name",
                                    "Lena Okafor",
                                    "email",
                                    "lena" + pair + "@helio" + pair + ".example",
                                    "secondary_email",
                                    "okafor" + pair + "@mail.example",
                                    "entity_type",
                                    "prospect"))));
            assertThat(employmentAt(company)).as("pair " + pair).containsExactly("VP Sales | VP Sales, Board Observer");
        }
    }

    private static Map<String, Object> vendor(int id, String name, String website) {
        return fixed("technology_vendors", id, "name", name, "website", website);
    }

    private static Map<String, Object> person(int id, String given, String email) {
        return fixed("personnel", id, "first_name", given, "last_name", "Okafor", "email", email);
    }

    @Test
    void aRolesTimelineSaysWhenItWasAddedAndEndedNotEachTimeARowGivesItAgain() {
        String tenant = "business-46";
        demo.applier().apply(List.of(change(Op.CREATE, contact(tenant, 1, "Rob", "Roleco", "Engineer"))));
        demo.applier().apply(List.of(change(Op.UPDATE, contact(tenant, 1, "Rob", "Roleco", "Director"))));
        List<String> events = timelineOf(tenant, "rob1@example.com");
        demo.applier()
                .apply(List.of(change(Op.CREATE, contact(tenant, 2, "Rob", "Roleco", "Director", "rob1@example.com"))));
        demo.applier().apply(List.of(change(Op.DELETE, contact(tenant, 1, "Rob", "Roleco", "Director"))));

        assertThat(events.stream()
                        .filter(event -> event.startsWith("role-added contact"))
                        .count())
                .as("added once, not again by the update: %s", events)
                .isEqualTo(1);
        List<String> later = timelineOf(tenant, "rob1@example.com");
        assertThat(later.stream().filter(event -> event.startsWith("role-")).toList())
                .as("the second row gives the role too: deleting the first ends nothing")
                .containsOnly("role-added contact");

        // A lead row makes him a prospect; deleting it ends that role, and only that one.
        demo.applier()
                .apply(List.of(change(
                        Op.CREATE,
                        fixedTenant(
                                "leads", 46, tenant, "lead_name", "Rob Worker", "contact_email", "rob1@example.com"))));
        demo.applier()
                .apply(List.of(change(
                        Op.DELETE,
                        fixedTenant(
                                "leads", 46, tenant, "lead_name", "Rob Worker", "contact_email", "rob1@example.com"))));
        assertThat(timelineOf(tenant, "rob1@example.com").stream()
                        .filter(event -> event.startsWith("role-"))
                        .toList())
                .containsExactlyInAnyOrder("role-added contact", "role-added prospect", "role-ended prospect");
    }

    /** The party's id first, then its timeline events as "type detail", oldest first. */
    private static List<String> timelineOf(String tenant, String email) {
        try (var session = demo.harness().driver().session()) {
            String id = session.run(
                            "MATCH (:Email {tenant: $tenant, value: $email})<-[:HAS_EMAIL]-(p:Party) RETURN p.id",
                            Map.of("tenant", tenant, "email", email))
                    .single()
                    .get(0)
                    .asString();
            List<String> events = new ArrayList<>(List.of(id));
            events.addAll(session.run(
                            demo.harness().queries().get("party-timeline"),
                            Map.of("tenant", tenant, "id", id, "skip", 0, "limit", 100))
                    .list(row -> row.get("kind").asString().equals("event")
                            ? row.get("type").asString() + " "
                                    + row.get("detail").asString("")
                            : "activity"));
            return events;
        }
    }

    @Test
    void replacedAndDeletedEmailsLeaveNoContactPointBehind() {
        String tenant = "business-42";
        demo.applier().apply(List.of(change(Op.CREATE, contact(tenant, 1, "Ann", null, null, "ann@one.com"))));
        demo.applier().apply(List.of(change(Op.UPDATE, contact(tenant, 1, "Ann", null, null, "ann@two.com"))));
        demo.applier().apply(List.of(change(Op.UPDATE, contact(tenant, 1, "Ann", null, null, "ann@three.com"))));

        assertThat(emails(tenant)).containsExactly("ann@three.com");

        demo.applier().apply(List.of(change(Op.DELETE, contact(tenant, 1, "Ann", null, null, "ann@three.com"))));

        assertThat(emails(tenant)).isEmpty();
    }

    @Test
    void aBatchMixingUpdatesDeletesAndInsertsMakesTheGraphOneChangeAtATimeMakes() {
        for (String tenant : List.of("business-43", "business-44")) {
            demo.applier()
                    .apply(List.of(
                            change(Op.CREATE, contact(tenant, 1, "Ann", "Acme", "Engineer")),
                            change(Op.CREATE, contact(tenant, 2, "Bob", "Acme", "Engineer")),
                            change(Op.CREATE, contact(tenant, 3, "Cid", "Zeta", "Engineer"))));
        }
        List<RowChange> mixed = List.of(
                change(Op.UPDATE, contact("business-43", 1, "Ann", "Acme", "Director")),
                change(Op.CREATE, contact("business-43", 4, "Dee", "Acme", "Engineer")),
                change(Op.DELETE, contact("business-43", 2, "Bob", "Acme", "Engineer")),
                change(Op.CREATE, contact("business-43", 5, "Eve", "Zeta", "Analyst")),
                change(Op.UPDATE, contact("business-43", 3, "Cid", "Acme", "Engineer")),
                change(
                        Op.CREATE,
                        fixedTenant(
                                "customers",
                                10,
                                "business-43",
                                "customer_kind",
                                "company",
                                "customer_name",
                                "Zeta",
                                "entity_type",
                                "sales_customer")),
                change(
                        Op.CREATE,
                        fixedTenant(
                                "sales_invoices",
                                20,
                                "business-43",
                                "customer_id",
                                10,
                                "invoice_date",
                                "2026-03-01",
                                "total_amount",
                                "10.00",
                                "currency",
                                "usd",
                                "sales_channel",
                                "web",
                                "invoice_number",
                                "I-20")));

        demo.applier().apply(mixed);
        for (RowChange one : mixed) {
            Map<String, Object> row = new HashMap<>(one.row());
            row.put("business_id", 44);
            demo.applier()
                    .apply(List.of(new RowChange(
                            one.op(),
                            one.table(),
                            one.key(),
                            row,
                            new Position(LSN.incrementAndGet(), LSN.get(), false))));
        }

        assertThat(graph("business-43"))
                .isEqualTo(graph("business-44"))
                .contains(
                        "Organization Acme <- contacts/1#organization contacts/3#organization contacts/4#organization",
                        "contacts/1 EMPLOYEE_OF Director");
    }

    /** Parties by kind, name and records; edges by their ends' records, type and title; activities. */
    private static List<String> graph(String tenant) {
        try (var session = demo.harness().driver().session()) {
            List<String> graph = new ArrayList<>(session.run("""
					MATCH (p:Party {tenant: $tenant, status: 'active'})
					WITH p, COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) WHERE NOT s.deleted
					                  RETURN s.table + '/' + s.key AS k ORDER BY k } AS keys
					RETURN [l IN labels(p) WHERE l <> 'Party'][0] + ' ' + p.displayName + ' <- '
					       + reduce(all = '', k IN keys | all + CASE all WHEN '' THEN '' ELSE ' ' END + k) AS line
					""", Map.of("tenant", tenant))
                    .list(row -> row.get("line").asString()));
            graph.addAll(session.run("""
					MATCH (a:Party {tenant: $tenant})-[r]->(b:Party {tenant: $tenant})
					MATCH (s:SourceRecord)-[:IDENTIFIES]->(a) WHERE NOT s.deleted AND s.derivedFrom IS NULL
					RETURN s.table + '/' + s.key + ' ' + type(r) + ' ' + coalesce(r.title, '-') AS line""", Map.of("tenant", tenant))
                    .list(row -> row.get("line").asString()));
            graph.addAll(session.run("""
					MATCH (x:Activity {tenant: $tenant})-[:OF]->(p:Party)
					RETURN x.id + ' OF ' + p.displayName AS line""", Map.of("tenant", tenant))
                    .list(row -> row.get("line").asString().replaceAll("business-4[34]", "")));
            return graph.stream().sorted().toList();
        }
    }

    private static Map<String, Object> fixedTenant(String table, int id, String tenant, Object... columns) {
        Map<String, Object> row = fixed(table, id, columns);
        row.put("business_id", Integer.parseInt(tenant.substring("business-".length())));
        return row;
    }

    /** "title | every assertion's title" of the EMPLOYEE_OF edges of business-2's Maria Garcia. */
    private static List<String> employment() {
        return employment(
                "MATCH (:Party {tenant: 'business-2', givenName: 'Maria'})-[r:EMPLOYEE_OF]->(:Party)", Map.of());
    }

    /** The same of the EMPLOYEE_OF edges of the tenant's people of that given name. */
    private static List<String> employment(String tenant, String givenName) {
        return employment(
                "MATCH (:Party {tenant: $tenant, givenName: $given})-[r:EMPLOYEE_OF]->(:Party)",
                Map.of("tenant", tenant, "given", givenName));
    }

    /** The same of the EMPLOYEE_OF edges into business-2's company of that name. */
    private static List<String> employmentAt(String company) {
        return employment(
                "MATCH (:Party {tenant: 'business-2'})-[r:EMPLOYEE_OF]->(:Party {tenant: 'business-2', displayName: $company})",
                Map.of("company", company));
    }

    /** "title | every assertion's title", "-" for none, of the edges {@code r} that {@code match} finds. */
    private static List<String> employment(String match, Map<String, Object> parameters) {
        try (var session = demo.harness().driver().session()) {
            return session.run(
                            match
                                    + " RETURN coalesce(r.title, '-') AS title, r.assertions AS assertions ORDER BY title",
                            parameters)
                    .list(row -> row.get("title").asString()
                            + " | "
                            + row.get("assertions").asList(value -> value.asString()).stream()
                                    .map(json -> java.util.Objects.requireNonNullElse(
                                            com.partygraph.graph.RelationshipAssertion.of(json)
                                                    .title(),
                                            "-"))
                                    .sorted(java.util.Comparator.reverseOrder())
                                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private static List<String> emails(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session.run(
                            "MATCH (e:Email {tenant: $tenant}) RETURN e.value AS value ORDER BY value",
                            Map.of("tenant", tenant))
                    .list(row -> row.get("value").asString());
        }
    }

    private static long count(String tenant, String query) {
        try (var session = demo.harness().driver().session()) {
            return session
                    .run(query, Map.of("tenant", tenant))
                    .list(row -> row.get(0).asLong())
                    .stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    static Map<String, Object> contact(String tenant, int id, String given, String organization, String title) {
        return contact(tenant, id, given, organization, title, given.toLowerCase() + id + "@example.com");
    }

    static Map<String, Object> contact(
            String tenant, int id, String given, String organization, String title, String email) {
        Map<String, Object> row = new HashMap<>();
        row.put("__table", "contacts");
        row.put("id", id);
        row.put("business_id", Integer.parseInt(tenant.substring("business-".length())));
        row.put("first_name", given);
        row.put("last_name", "Worker");
        row.put("email", email);
        row.put("organization", organization);
        row.put("title", title);
        return row;
    }

    private static Map<String, Object> affiliation(
            int id, String companyTable, String title, boolean primary, String start) {
        return affiliation(id, 1, companyTable, 1, title, primary, start);
    }

    private static Map<String, Object> affiliation(
            int id, int personnel, String companyTable, int company, String title, boolean primary, String start) {
        return fixed(
                "person_company_affiliations",
                id,
                "personnel_id",
                personnel,
                "company_table",
                companyTable,
                "company_id",
                company,
                "title",
                title,
                "is_primary",
                primary,
                "start_date",
                start);
    }

    private static Map<String, Object> fixed(String table, int id, Object... columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("__table", table);
        row.put("id", id);
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return row;
    }

    static RowChange change(Op op, Map<String, Object> row) {
        long lsn = LSN.incrementAndGet();
        Map<String, Object> columns = new HashMap<>(row);
        String table = (String) columns.remove("__table");
        return new RowChange(op, table, columns.get("id").toString(), columns, new Position(lsn, lsn, false));
    }

    static RowChange snapshot(Map<String, Object> row) {
        Map<String, Object> columns = new HashMap<>(row);
        String table = (String) columns.remove("__table");
        return new RowChange(Op.READ, table, columns.get("id").toString(), columns, new Position(1, 1, true));
    }

    /**
     * An applier on the test's database whose statements run with PROFILE, counting the database hits of
     * every statement a change runs.
     */
    private static final class Profiling implements GraphWork, AutoCloseable {

        private final GraphDatabaseService database;

        private long hits;

        private long statements;

        Profiling(GraphDatabaseService database) {
            this.database = database;
        }

        ChangeApplier applier() {
            return new ChangeApplier(
                    this,
                    demo.harness().queries(),
                    MappingLoader.load(Path.of("import/mapping.yaml")),
                    Set.of("contact", "technology_vendor", "operator", "prospect"),
                    RowNormalizersForTests.normalizers(),
                    demo.resolver());
        }

        long hits(Runnable change) {
            this.hits = 0;
            change.run();
            return this.hits;
        }

        long statements(Runnable change) {
            this.statements = 0;
            change.run();
            return this.statements;
        }

        @Override
        public <T> T write(Function<Cypher, T> work) {
            try (Transaction tx = this.database.beginTx()) {
                T result = work.apply((statement, parameters) -> {
                    try (Result rows = tx.execute("PROFILE " + statement, parameters)) {
                        var values = EmbeddedWork.rows(rows);
                        this.hits += hits(rows.getExecutionPlanDescription());
                        this.statements++;
                        return values;
                    }
                });
                tx.commit();
                return result;
            }
        }

        private static long hits(ExecutionPlanDescription plan) {
            long own =
                    plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : 0;
            return own + plan.getChildren().stream().mapToLong(Profiling::hits).sum();
        }

        @Override
        public int writers() {
            return 1;
        }

        @Override
        public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
            return works.stream().map(work -> Outcome.of(() -> write(work))).toList();
        }

        @Override
        public void close() {}
    }
}
