package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Identity resolution in the ingest path, on the demo mapping and on the identities mapping (birth dates,
 * identifiers): rows about one real party that share no email become one party, same-name people stay
 * apart, a bridging row merges parties into the older, a doubtful pair becomes a suggestion with its
 * explanation, replays change nothing, and the order rows arrive in does not change the clusters.
 */
class ResolutionIT {

    @RegisterExtension
    static final DemoApplier demo = new DemoApplier(Set.of(
            "prospect",
            "website_customer",
            "sales_customer",
            "portal_user",
            "contact",
            "technology_vendor",
            "operator"));

    @RegisterExtension
    static final DemoApplier identities = new DemoApplier(
            Path.of("import/identities/mapping.yaml"),
            Set.of("prospect", "sales_customer", "portal_user", "purchase_vendor", "reseller"));

    // Log positions go up across the tests: each database's watermark skips changes at or below it.
    private static final java.util.concurrent.atomic.AtomicLong LSN = new java.util.concurrent.atomic.AtomicLong(1);

    @Test
    void aPersonSpelledDifferentlyAcrossTablesWithoutASharedEmailIsOneParty() {
        demo.applier()
                .apply(List.of(
                        insert(
                                "customers",
                                10,
                                31,
                                "customer_kind",
                                "company",
                                "customer_name",
                                "Globex Corp",
                                "entity_type",
                                "sales_customer",
                                "website",
                                "globex.com"),
                        insert(
                                "leads",
                                1,
                                31,
                                "lead_name",
                                "Bob Smith",
                                "contact_email",
                                "bob.smith@gmail.com",
                                "contact_phone",
                                "702-919-1300"),
                        insert(
                                "customers",
                                11,
                                31,
                                "customer_kind",
                                "individual",
                                "customer_name",
                                "Robert Smith",
                                "entity_type",
                                "website_customer",
                                "phone",
                                "(702) 919 1300",
                                "address1",
                                "123 Main Street",
                                "city",
                                "Las Vegas",
                                "state",
                                "NV",
                                "zip",
                                "89132"),
                        insert(
                                "customer_portal_users",
                                12,
                                31,
                                "first_name",
                                "Robert",
                                "last_name",
                                "Smith",
                                "email",
                                "rsmith@globex.com",
                                "phone",
                                "+1 702 919 1300",
                                "customer_id",
                                10),
                        insert(
                                "shopping_carts",
                                13,
                                31,
                                "customer_email",
                                "Bob.Smith@gmail.com",
                                "created_at",
                                "2026-02-01T10:00:00Z",
                                "cart_total",
                                "10")));

        Map<String, Object> bob = onlyParty("business-31", "Person");
        assertThat(bob.get("records"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(
                        "leads/1", "customers/11", "customer_portal_users/12", "shopping_carts/13#party");
        assertThat(bob.get("roles"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("prospect", "website_customer", "portal_user");
        assertThat(bob.get("activities")).isEqualTo(1L);
    }

    @Test
    void anOrganizationWrittenThreeWaysIsOneOrganizationWithBothRoles() {
        demo.applier()
                .apply(List.of(
                        insert(
                                "contacts",
                                20,
                                2,
                                "first_name",
                                "Ada",
                                "last_name",
                                "Kwan",
                                "email",
                                "ada@heliospower.com",
                                "organization",
                                "Helios Power Systems, Inc."),
                        insert("leads", 21, 2, "lead_name", "Raj Patel", "company_name", "HELIOS POWER SYSTEMS"),
                        insertFixed(
                                "technology_vendors",
                                22,
                                "name",
                                "Helios Power Sys LLC",
                                "website",
                                "https://www.heliospower.com"),
                        insertFixed(
                                "operators",
                                23,
                                "name",
                                "Helios Power Systems",
                                "website",
                                "heliospower.com",
                                "phone",
                                "512-555-0142")));

        List<Map<String, Object>> helios = parties("business-2", "Organization").stream()
                .filter(party -> ((List<?>) party.get("records"))
                        .stream().anyMatch(r -> r.toString().startsWith("contacts/20")))
                .toList();
        assertThat(helios).singleElement().satisfies(party -> {
            assertThat(party.get("records"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrder(
                            "contacts/20#organization",
                            "leads/21#organization",
                            "technology_vendors/22",
                            "operators/23");
            assertThat(party.get("roles"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrder("technology_vendor", "operator");
            assertThat(party.get("employees")).isEqualTo(2L);
        });
    }

    @Test
    void peopleWithOneNameButOtherBirthDatesOrIdentifiersStayApart() {
        identities
                .applier()
                .apply(List.of(
                        insert(
                                "billing_customers",
                                100,
                                null,
                                "first_name",
                                "Mary",
                                "last_name",
                                "Jones",
                                "phone",
                                "415-555-0132",
                                "street_number",
                                "1",
                                "street",
                                "Oak Lane",
                                "city",
                                "Springfield",
                                "state",
                                "IL",
                                "zip",
                                "62701",
                                "birth_date",
                                "1990-03-04"),
                        insert(
                                "billing_customers",
                                101,
                                null,
                                "first_name",
                                "Mary",
                                "last_name",
                                "Jones",
                                "phone",
                                "415-555-0132",
                                "street_number",
                                "1",
                                "street",
                                "Oak Ln",
                                "city",
                                "Springfield",
                                "state",
                                "IL",
                                "zip",
                                "62701",
                                "birth_date",
                                "1992-08-21"),
                        insert(
                                "billing_customers",
                                102,
                                null,
                                "first_name",
                                "Lee",
                                "last_name",
                                "Okafor",
                                "email",
                                "lee@okafor.example",
                                "ssn",
                                "123-45-6789"),
                        insert(
                                "billing_customers",
                                103,
                                null,
                                "first_name",
                                "Lee",
                                "last_name",
                                "Okafor",
                                "email",
                                "lee@okafor.example",
                                "ssn",
                                "987-65-4321")));

        assertThat(partyOf("billing_customers", "101")).isNotEqualTo(partyOf("billing_customers", "100"));
        assertThat(partyOf("billing_customers", "103")).isNotEqualTo(partyOf("billing_customers", "102"));
        // The twin is worth a steward's look: the suggestion says the birth date is what keeps them apart.
        assertThat(suggestionsOf("billing_customers", "101"))
                .singleElement()
                .asString()
                .contains("\"birthDate\"")
                .contains("\"conflict\":true");
    }

    @Test
    void aRecordBridgingTwoPartiesMergesThemIntoTheOlderWithTheEvidence() {
        identities
                .applier()
                .apply(List.of(insert(
                        "support_users",
                        200,
                        null,
                        "display_name",
                        "Fischer, Annika",
                        "email",
                        "annika@fischer.example",
                        "dob",
                        "1/2/1980")));
        identities
                .applier()
                .apply(List.of(insert(
                        "crm_leads",
                        201,
                        null,
                        "full_name",
                        "Annika Fischer",
                        "phone",
                        "+1 617 555 0100",
                        "address",
                        "9 Harbor Rd, Boston, MA 02110")));
        String older = partyOf("support_users", "200");
        String younger = partyOf("crm_leads", "201");
        assertThat(younger).isNotEqualTo(older);

        identities
                .applier()
                .apply(List.of(insert(
                        "billing_customers",
                        202,
                        null,
                        "first_name",
                        "Annika",
                        "last_name",
                        "Fischer",
                        "email",
                        "annika@fischer.example",
                        "phone",
                        "617.555.0100",
                        "birth_date",
                        "1980-01-02")));

        assertThat(partyOf("crm_leads", "201")).isEqualTo(older);
        assertThat(partyOf("billing_customers", "202")).isEqualTo(older);
        Map<String, Object> merge = single("""
				MATCH (m:Merge {tenant: 'identities'})-[:ABSORBED]->(a:Party {id: $absorbed})
				MATCH (m)-[:SURVIVOR]->(s:Party)
				RETURN s.id AS survivor, a.status AS status, a.mergedInto AS mergedInto, m.record AS record,
				       m.evidence AS evidence""", Map.of("absorbed", younger));
        assertThat(merge)
                .containsEntry("survivor", older)
                .containsEntry("status", "merged")
                .containsEntry("mergedInto", older)
                .containsEntry("record", "identities/billing_customers/202");
        assertThat(merge.get("evidence").toString()).contains("\"phone\"");

        // The survivor's timeline shows the merge, and what happened to the absorbed party before it.
        List<String> timeline;
        try (var session = identities.harness().driver().session()) {
            timeline = session.run(
                            identities.harness().queries().get("party-timeline"),
                            Map.of("tenant", "identities", "id", older, "skip", 0, "limit", 50))
                    .list(row ->
                            row.get("type").asString() + " " + row.get("record").asString("") + " "
                                    + row.get("detail").asString("")
                                    + (row.get("mergedParty").isNull() ? "" : " (merged party)"));
        }
        assertThat(timeline)
                .contains(
                        "merged identities/billing_customers/202 absorbed party " + younger,
                        "record-linked identities/crm_leads/201 new (merged party)",
                        "record-linked identities/support_users/200 new");
    }

    @Test
    void aDoubtfulPairBecomesASuggestionNamingWhatAgreesAndWhatDoesNot() {
        identities
                .applier()
                .apply(List.of(
                        insert(
                                "billing_customers",
                                300,
                                null,
                                "first_name",
                                "Petra",
                                "middle_name",
                                "Ilse",
                                "last_name",
                                "Novakova",
                                "phone",
                                "303-555-0110"),
                        insert(
                                "billing_customers",
                                301,
                                null,
                                "first_name",
                                "Petra",
                                "middle_name",
                                "Ilse",
                                "last_name",
                                "Novakova",
                                "phone",
                                "720-555-0199")));

        assertThat(partyOf("billing_customers", "301")).isNotEqualTo(partyOf("billing_customers", "300"));
        assertThat(suggestionsOf("billing_customers", "301"))
                .singleElement()
                .asString()
                .contains("\"feature\":\"givenName\",\"level\":\"exact\"")
                .contains("\"feature\":\"middleName\",\"level\":\"exact\"")
                .contains("\"feature\":\"phone\",\"level\":\"different\"");
        assertThat(single("""
				MATCH (m:MatchSuggestion {tenant: 'identities', record: 'identities/billing_customers/301'})-[:CANDIDATE]->(c)
				RETURN m.status AS status, c.id AS candidate""", Map.of()))
                .containsEntry("status", "open")
                .containsEntry("candidate", partyOf("billing_customers", "300"));
    }

    @Test
    void replayingTheRowsChangesNothing() {
        List<RowChange> rows = fixture(51);
        demo.applier().apply(snapshot(rows));
        List<List<String>> before = clusters("business-51");
        long nodes = count("MATCH (n {tenant: 'business-51'}) RETURN count(n) AS n");

        BatchResult again = demo.applier().apply(snapshot(rows));

        assertThat(again.applied()).isZero();
        assertThat(clusters("business-51")).isEqualTo(before);
        assertThat(count("MATCH (n {tenant: 'business-51'}) RETURN count(n) AS n"))
                .isEqualTo(nodes);
    }

    @Test
    void twoArrivalOrdersGiveTheSameClusters() {
        for (RowChange row : fixture(52)) {
            demo.applier().apply(List.of(row));
        }
        List<RowChange> reversed = new ArrayList<>(fixture(53));
        java.util.Collections.reverse(reversed);
        for (RowChange row : reversed) {
            // Streamed in this order: the log positions go up as the rows come.
            long at = LSN.getAndIncrement();
            demo.applier()
                    .apply(List.of(
                            new RowChange(row.op(), row.table(), row.key(), row.row(), new Position(at, at, false))));
        }
        assertThat(clusters("business-53")).isEqualTo(clusters("business-52"));
        assertThat(clusters("business-52")).hasSize(3);
    }

    @Test
    void aSuggestionForAPartyAnEarlierChangeOfTheBatchMadeIsKeptWhateverOrderTheBatchIsWrittenIn() {
        // The portal user refers to a customer the same batch rewrites, so it is written in its place; the
        // contact after it refers to nothing and is written first, with a suggestion naming the portal user's
        // party. Written one change at a time in another business, the same rows give the same suggestion.
        inBoth(
                61,
                62,
                business -> insert(
                        "customers",
                        700,
                        business,
                        "customer_kind",
                        "company",
                        "customer_name",
                        "Brightline Freight",
                        "entity_type",
                        "sales_customer"));
        List<RowChange> batch = List.of(
                update(
                        "customers",
                        700,
                        61,
                        "customer_kind",
                        "company",
                        "customer_name",
                        "Brightline Freight Ltd",
                        "entity_type",
                        "sales_customer"),
                insert(
                        "customer_portal_users",
                        701,
                        61,
                        "first_name",
                        "Petra",
                        "last_name",
                        "Novakova",
                        "phone",
                        "303-555-0110",
                        "customer_id",
                        700),
                insert("contacts", 702, 61, "first_name", "Petra", "last_name", "Novakova"));
        batchThenOneAtATime(batch, 62);

        assertThat(suggestions("business-62")).containsExactly("demo/contacts/702 open -> customer_portal_users/701");
        assertThat(suggestions("business-61")).isEqualTo(suggestions("business-62"));
        assertThat(clusters("business-61")).isEqualTo(clusters("business-62"));
    }

    @Test
    void aRowWaitingForOneThatArrivesAndGoesInOneBatchIsAppliedInBetweenAsOneAtATime() {
        // The company stays when its customer row goes: a contact names it. The portal user refers to the customer
        // before it arrives; the same batch brings the customer and deletes it again.
        inBoth(
                71,
                72,
                business -> insert(
                        "contacts",
                        800,
                        business,
                        "first_name",
                        "Rosa",
                        "last_name",
                        "Haddad",
                        "email",
                        "rosa@acme-holdings.example",
                        "organization",
                        "ACME Holdings Inc."));
        List<RowChange> batch = List.of(
                insert(
                        "customer_portal_users",
                        801,
                        71,
                        "first_name",
                        "Carla",
                        "last_name",
                        "Tanaka",
                        "email",
                        "carla@acme-holdings.example",
                        "customer_id",
                        802),
                acmeHoldings(802, 71, "acme-holdings.example"),
                delete("customers", 802, 71));
        batchThenOneAtATime(batch, 72);

        assertThat(employers("business-72"))
                .containsExactly("customer_portal_users/801 synced -> contacts/800#organization");
        assertThat(employers("business-71")).isEqualTo(employers("business-72"));
    }

    // Bob (three spellings, a phone in common), his employer named twice and entered once, and Mia.
    private List<RowChange> fixture(int business) {
        return List.of(
                insert(
                        "leads",
                        1,
                        business,
                        "lead_name",
                        "Bob Smith",
                        "contact_phone",
                        "702-919-1300",
                        "company_name",
                        "Acme Hldgs"),
                insert(
                        "customers",
                        2,
                        business,
                        "customer_kind",
                        "individual",
                        "customer_name",
                        "Robert Smith",
                        "entity_type",
                        "website_customer",
                        "phone",
                        "(702) 919 1300",
                        "email",
                        "rob@smith.example"),
                insert(
                        "contacts",
                        3,
                        business,
                        "first_name",
                        "Robert",
                        "last_name",
                        "SMITH",
                        "email",
                        "rob@smith.example",
                        "organization",
                        "ACME Holdings Inc."),
                acmeHoldings(4, business, "acme-holdings.com"),
                insert("contacts", 5, business, "first_name", "Mia", "last_name", "Wong", "email", "mia@wong.example"));
    }

    private RowChange insert(String table, int id, Integer business, Object... columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        if (business != null) {
            row.put("business_id", business);
        }
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        long at = LSN.getAndIncrement();
        return new RowChange(Op.CREATE, table, Integer.toString(id), row, new Position(at, at, false));
    }

    private RowChange update(String table, int id, Integer business, Object... columns) {
        RowChange row = insert(table, id, business, columns);
        return new RowChange(Op.UPDATE, row.table(), row.key(), row.row(), row.position());
    }

    /** The change as it would come from another business, later in the log. */
    private static RowChange inBusiness(RowChange change, int business) {
        Map<String, Object> row = new HashMap<>(change.row());
        row.put("business_id", business);
        long at = LSN.getAndIncrement();
        return new RowChange(change.op(), change.table(), change.key(), row, new Position(at, at, false));
    }

    /** The tenant's suggestions as "record -> the candidate's records (table/key)", sorted. */
    private static List<String> suggestions(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session.run("""
					MATCH (m:MatchSuggestion {tenant: $tenant})-[:CANDIDATE]->(c:Party)
					RETURN m.record + ' ' + m.status + ' ->'
					       + reduce(s = '', k IN COLLECT { MATCH (r:SourceRecord)-[:IDENTIFIES]->(c) RETURN r.table + '/' + r.key AS k ORDER BY k } | s + ' ' + k) AS line
					ORDER BY line""", Map.of("tenant", tenant))
                    .list(row -> row.get("line").asString());
        }
    }

    /** The change, written in each of two businesses. */
    private static void inBoth(int one, int other, java.util.function.IntFunction<RowChange> change) {
        demo.applier().apply(List.of(change.apply(one)));
        demo.applier().apply(List.of(change.apply(other)));
    }

    /** The changes applied as one batch, then one at a time as another business's. */
    private static void batchThenOneAtATime(List<RowChange> batch, int business) {
        demo.applier().apply(batch);
        for (RowChange change : batch) {
            demo.applier().apply(List.of(inBusiness(change, business)));
        }
    }

    /** The customer row of the company Acme Holdings, a sales customer, with its website. */
    private RowChange acmeHoldings(int id, int business, String website) {
        return insert(
                "customers",
                id,
                business,
                "customer_kind",
                "company",
                "customer_name",
                "Acme Holdings",
                "entity_type",
                "sales_customer",
                "website",
                website);
    }

    private RowChange delete(String table, int id, int business) {
        RowChange row = insert(table, id, business);
        return new RowChange(Op.DELETE, row.table(), row.key(), row.row(), row.position());
    }

    /** The tenant's portal users: their sync state and the live records of the party they are employees of. */
    private static List<String> employers(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session.run("""
					MATCH (s:SourceRecord {tenant: $tenant, table: 'customer_portal_users'})
					OPTIONAL MATCH (s)-[:IDENTIFIES]->(:Party)-[:EMPLOYEE_OF]->(o:Party)
					RETURN s.table + '/' + s.key + ' ' + s.syncStatus + ' ->'
					       + reduce(t = '', k IN COLLECT { MATCH (r:SourceRecord)-[:IDENTIFIES]->(o) WHERE NOT coalesce(r.deleted, false)
					                                        RETURN r.table + '/' + r.key AS k ORDER BY k } | t + ' ' + k) AS line
					ORDER BY line""", Map.of("tenant", tenant))
                    .list(row -> row.get("line").asString());
        }
    }

    private RowChange insertFixed(String table, int id, Object... columns) {
        return insert(table, id, null, columns);
    }

    private static List<RowChange> snapshot(List<RowChange> rows) {
        return rows.stream()
                .map(row -> new RowChange(Op.READ, row.table(), row.key(), row.row(), new Position(1, 1, true)))
                .toList();
    }

    private static String partyOf(String table, String key) {
        return single("""
				MATCH (s:SourceRecord {tenant: 'identities', table: $table, key: $key})-[:IDENTIFIES]->(p:Party)
				RETURN p.id AS id""", Map.of("table", table, "key", key)).get("id").toString();
    }

    private static List<String> suggestionsOf(String table, String key) {
        try (var session = identities.harness().driver().session()) {
            return session.run("""
					MATCH (m:MatchSuggestion {tenant: 'identities', record: $uid}) RETURN m.explanation AS explanation""", Map.of("uid", "identities/" + table + "/" + key))
                    .list(row -> row.get("explanation").asString());
        }
    }

    private static Map<String, Object> single(String query, Map<String, Object> parameters) {
        try (var session = identities.harness().driver().session()) {
            return session.run(query, parameters).single().asMap();
        }
    }

    private static long count(String query) {
        try (var session = demo.harness().driver().session()) {
            return session.run(query).single().get("n").asLong();
        }
    }

    private static Map<String, Object> onlyParty(String tenant, String label) {
        List<Map<String, Object>> parties = parties(tenant, label);
        assertThat(parties).hasSize(1);
        return parties.get(0);
    }

    /** The active parties of a kind: their records (table/key), role codes, activities and employees. */
    private static List<Map<String, Object>> parties(String tenant, String label) {
        try (var session = demo.harness().driver().session()) {
            return session.run("""
					MATCH (p:Party {tenant: $tenant, status: 'active'}) WHERE $label IN labels(p)
					RETURN COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) RETURN s.table + '/' + s.key AS k } AS records,
					       COLLECT { MATCH (p)-[:HAS_ROLE]->(r:Role) RETURN DISTINCT r.code } AS roles,
					       COUNT { (:Activity)-[:OF]->(p) } AS activities,
					       COUNT { (:Party)-[:EMPLOYEE_OF]->(p) } AS employees""", Map.of("tenant", tenant, "label", label)).list(row -> row.asMap());
        }
    }

    /** The tenant's active parties as the sorted keys of their records, sorted. */
    private static List<List<String>> clusters(String tenant) {
        try (var session = demo.harness().driver().session()) {
            return session
                    .run("""
					MATCH (p:Party {tenant: $tenant, status: 'active'})
					RETURN COLLECT { MATCH (s:SourceRecord)-[:IDENTIFIES]->(p) RETURN s.table + '/' + s.key AS k ORDER BY k } AS keys
					""", Map.of("tenant", tenant))
                    .list(row -> row.get("keys").asList(v -> v.asString()))
                    .stream()
                    .sorted(java.util.Comparator.comparing(List::toString))
                    .toList();
        }
    }
}
