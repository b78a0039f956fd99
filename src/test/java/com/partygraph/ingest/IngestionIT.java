package com.partygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.erasure.Erasure;
import com.partygraph.erasure.ErasureSettings;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.reconcile.ReconcileCommand;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.ingest.write.BatchResult;
import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.resolution.Resolver;
import com.partygraph.support.Api;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.IngestionApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo source read by change data capture into the graph, against a real PostgreSQL. */
@IngestionApplicationTest
class IngestionIT {

    private static final String ACME = "business-1";

    private static final String GLOBEX = "business-2";

    @LocalServerPort
    int port;

    @Autowired
    DemoPostgres postgres;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Ingestion ingestion;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Autowired
    Resolver resolver;

    @Autowired
    ReconcileCommand reconcile;

    private Api api;

    @BeforeEach
    void snapshotDone() {
        this.api = new Api(this.port);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                this.ingestion.statuses().get(0).snapshot().rowsDone())
                        .isGreaterThanOrEqualTo(90));
    }

    @Test
    void statusReportsTheFinishedSnapshotAndStreaming() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode status = this.api.get(null, "/api/v1/ingestion").body().get(0);
            assertThat(status.get("state").asString()).isEqualTo("STREAMING");
            assertThat(status.at("/snapshot/finishedAt").isNull()).isFalse();
            assertThat(status.at("/snapshot/rowsDone").asLong())
                    .isEqualTo(status.at("/snapshot/rowsTotal").asLong());
        });
        assertThat(this.api.get(null, "/actuator/health").text("/components/ingestion/status"))
                .isEqualTo("UP");
    }

    @Test
    void everyRecordsPartyLinkExportsAsCsvAndNdjsonForTheCallersTenantOnly() {
        List<String> csv = this.api
                .text(ACME, "/api/v1/resolution/links?format=csv")
                .lines()
                .toList();
        List<String> ndjson =
                this.api.text(ACME, "/api/v1/resolution/links").lines().toList();
        String jane = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com")
                .at("/party/id")
                .asString();

        assertThat(csv.get(0)).isEqualTo("source,table,key,partyId,method,score");
        assertThat(csv.subList(1, csv.size()))
                .hasSize(ndjson.size())
                .allSatisfy(line -> assertThat(line.split(",")).hasSize(6))
                .anySatisfy(line -> assertThat(line).startsWith("demo,leads,").contains("," + jane + ","))
                .noneSatisfy(line -> assertThat(line).startsWith("demo,technology_vendors,"));
        assertThat(ndjson)
                .allSatisfy(line ->
                        assertThat(line).startsWith("{").contains("\"source\":").contains("\"partyId\":"));
        assertThat(this.api.get(ACME, "/api/v1/resolution/links?format=xml").status())
                .isEqualTo(400);
    }

    @Test
    void snapshotJoinsOnePersonAcrossTablesWithAllHerRolesAndHerEmployer() {
        JsonNode jane = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com");

        assertThat(strings(jane.at("/party/emails")))
                .containsExactly("jane.doe@acmerobotics.com", "janedoe77@gmail.com");
        assertThat(strings(jane.at("/party/phones"))).containsExactly("+14155550132");
        // Most of her records spell her "Jane Doe"; the auction account's "Janie Doe" and the contact's "JANE" do not
        // win.
        assertThat(jane.at("/party/displayName").asString()).isEqualTo("Jane Doe");
        assertThat(jane.at("/party/givenName").asString()).isEqualTo("Jane");
        assertThat(strings(jane.at("/party/provenance")))
                .anySatisfy(line ->
                        assertThat(line).matches("displayName ← demo/\\S+(, demo/\\S+)* \\(\\d+ of \\d+ records\\)"));
        assertThat(jane.get("roles")
                        .valueStream()
                        .map(role -> role.get("code").asString())
                        .distinct())
                .containsExactlyInAnyOrder("website_customer", "prospect", "portal_user", "contact", "auction_buyer");
        assertThat(jane.get("sourceRecords")
                        .valueStream()
                        .map(r -> r.get("table").asString())
                        .distinct())
                .containsExactlyInAnyOrder(
                        "customers", "leads", "customer_portal_users", "contacts", "buyer_accounts", "shopping_carts");
        JsonNode employer = jane.get("relationships")
                .valueStream()
                .filter(r -> r.get("type").asString().equals("EMPLOYEE_OF"))
                .findFirst()
                .orElseThrow();
        String employerName = this.api
                .get(ACME, "/api/v1/parties/" + employer.get("toId").asString())
                .text("/party/displayName");
        assertThat(employerName).isEqualTo("Acme Robotics, Inc.");
        assertThat(employer.get("title").asString()).isEqualTo("Procurement Lead");
    }

    @Test
    void the360OfALeadCustomerAndAuctionBuyerShowsEveryRoleRecordRelationshipAndRevenueByChannel() {
        JsonNode jane = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com");
        String id = jane.at("/party/id").asString();

        var answer = this.api.get(ACME, "/api/v1/parties/" + id + "/360");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode view = answer.body();
        assertThat(view.at("/party/displayName").asString()).isEqualTo("Jane Doe");
        assertThat(view.at("/party/provenance").toString()).contains("displayName ← demo/");
        assertThat(view.get("roles").valueStream().map(role -> role.get("code").asString()))
                .contains("prospect", "website_customer", "auction_buyer");
        List<String> records = new java.util.ArrayList<>();
        view.get("sourceRecords")
                .properties()
                .forEach(source -> source.getValue()
                        .properties()
                        .forEach(table -> table.getValue()
                                .valueStream()
                                .forEach(record -> records.add(source.getKey() + "/" + table.getKey() + "/"
                                        + record.get("key").asString()))));
        assertThat(records)
                .containsExactlyInAnyOrderElementsOf(jane.get("sourceRecords")
                        .valueStream()
                        .map(record -> record.get("source").asString() + "/"
                                + record.get("table").asString() + "/"
                                + record.get("key").asString())
                        .toList());
        assertThat(records).contains("demo/leads/1", "demo/customers/4", "demo/buyer_accounts/2");
        JsonNode employer = view.get("relationships")
                .valueStream()
                .filter(edge -> edge.get("type").asString().equals("EMPLOYEE_OF"))
                .findFirst()
                .orElseThrow();
        assertThat(employer.at("/other/displayName").asString()).startsWith("Acme Robotics");
        assertThat(employer.get("assertions")
                        .valueStream()
                        .map(a -> a.get("source").asString()))
                .contains("demo/contacts/1");
        Map<String, Double> byChannel = new java.util.TreeMap<>();
        view.at("/activity/revenueByChannel")
                .valueStream()
                .forEach(row -> byChannel.merge(
                        row.get("channel").asString() + " "
                                + row.get("currency").asString(),
                        row.get("revenue").asDouble(),
                        Double::sum));
        assertThat(byChannel).containsOnlyKeys("auction USD", "website USD");
        assertThat(byChannel.get("auction USD")).isEqualTo(1010.0);
        assertThat(byChannel.get("website USD")).isCloseTo(788.98, org.assertj.core.data.Offset.offset(0.001));
        assertThat(view.at("/activity/lastActivityAt").asString()).startsWith("2026-08-10");
        String stage = stageOn(java.time.LocalDate.now(), java.time.LocalDate.parse("2026-08-10"));
        assertThat(view.get("lifecycleStage").asString()).isEqualTo(stage);
        assertThat(view.at("/sync/status").asString()).isEqualTo("synced");
        // Search narrows by the same stage.
        for (String other : List.of("active", "dormant", "inactive")) {
            List<String> found = this.api
                    .get(ACME, "/api/v1/parties?name=jane%20doe&lifecycle=" + other)
                    .body()
                    .get("items")
                    .valueStream()
                    .map(item -> item.get("id").asString())
                    .toList();
            if (other.equals(stage)) {
                assertThat(found).contains(id);
            } else {
                assertThat(found).doesNotContain(id);
            }
        }
    }

    // The lifecycle stage with the default thresholds: active within 90 days, dormant within 365.
    private static String stageOn(java.time.LocalDate today, java.time.LocalDate lastActivity) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(lastActivity, today);
        return days <= 90 ? "active" : days <= 365 ? "dormant" : "inactive";
    }

    @Test
    void theLanguageModelContextNamesThePartysRolesAndEmployerWithSources() {
        String id = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com")
                .at("/party/id")
                .asString();

        String context = this.api.text(ACME, "/api/v1/parties/" + id + "/context");

        assertThat(context)
                .startsWith("# Jane Doe (person")
                .contains("Prospect", "Auction buyer", "[demo/leads/1]")
                .contains("EMPLOYEE_OF → Acme Robotics", "Procurement Lead [demo/contacts/1]")
                .contains("Revenue by channel: ");
        String employer = this.api
                .get(ACME, "/api/v1/parties/" + id)
                .body()
                .get("relationships")
                .valueStream()
                .filter(edge -> edge.get("type").asString().equals("EMPLOYEE_OF"))
                .findFirst()
                .orElseThrow()
                .get("toId")
                .asString();
        String pair = this.api.text(ACME, "/api/v1/parties/" + id + "/context?with=" + employer);
        assertThat(pair)
                .startsWith("# Jane Doe and Acme Robotics")
                .contains("## Between them", "Jane Doe EMPLOYEE_OF → Acme Robotics", "[demo/contacts/1]");
        String short_ = this.api.text(ACME, "/api/v1/parties/" + id + "/context?maxChars=300");
        assertThat(short_)
                .hasSizeLessThanOrEqualTo(300)
                .startsWith("# Jane Doe")
                .endsWith("…");
        assertThat(this.api
                        .get(ACME, "/api/v1/parties/" + id + "/context?maxChars=5")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void reportsRankRevenueAcrossChannelsListCrossSellsAndCountErrors() {
        String acme = party(ACME, "/api/v1/parties?email=purchasing@acmerobotics.com")
                .at("/party/id")
                .asString();
        String jane = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com")
                .at("/party/id")
                .asString();

        JsonNode top = this.api.get(ACME, "/api/v1/reports/top-parties?size=20").body();
        List<Double> totals =
                top.valueStream().map(row -> row.get("total").asDouble()).toList();
        assertThat(totals).as("best first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode acmeRow = top.valueStream()
                .filter(row -> row.at("/party/id").asString().equals(acme))
                .findFirst()
                .orElseThrow();
        assertThat(acmeRow.get("channels")
                        .valueStream()
                        .map(c -> c.get("channel").asString()))
                .contains("direct");
        assertThat(acmeRow.get("total").asDouble()).isGreaterThanOrEqualTo(48_000.0);
        JsonNode janeRow = top.valueStream()
                .filter(row -> row.at("/party/id").asString().equals(jane))
                .findFirst()
                .orElseThrow();
        assertThat(janeRow.get("total").asDouble()).isCloseTo(1798.98, org.assertj.core.data.Offset.offset(0.001));
        assertThat(janeRow.get("channels")
                        .valueStream()
                        .map(c -> c.get("channel").asString()))
                .containsExactlyInAnyOrder("auction", "website");

        JsonNode webOnly = this.api
                .get(ACME, "/api/v1/reports/cross-sell?has=website_customer&lacks=sales_customer")
                .body();
        assertThat(webOnly.valueStream().map(p -> p.get("id").asString())).contains(jane);
        JsonNode notBidding = this.api
                .get(ACME, "/api/v1/reports/cross-sell?has=website_customer&lacks=auction_buyer")
                .body();
        assertThat(notBidding.valueStream().map(p -> p.get("id").asString())).doesNotContain(jane);
        assertThat(this.api
                        .get(ACME, "/api/v1/reports/cross-sell?has=Website&lacks=x")
                        .status())
                .isEqualTo(400);

        JsonNode errors = this.api.get(GLOBEX, "/api/v1/reports/sync-errors").body();
        assertThat(errors.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(errors.get("bySource")
                        .valueStream()
                        .map(row -> row.get("source").asString()))
                .contains("demo");
        assertThat(errors.get("byKind")).isNotEmpty();
    }

    @Test
    void twoPeopleWhoShareAnEmployerAreConnectedThroughIt() {
        JsonNode jane = party(ACME, "/api/v1/parties?email=Jane.Doe@AcmeRobotics.com");
        String acme = jane.get("relationships")
                .valueStream()
                .filter(edge -> edge.get("type").asString().equals("EMPLOYEE_OF"))
                .findFirst()
                .orElseThrow()
                .get("toId")
                .asString();
        String pat = this.api.post(ACME, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Pat", "familyName": "Pathfinder"}""").text("/party/id");
        assertThat(this.api
                        .post(ACME, "/api/v1/parties/" + pat + "/relationships", """
				{"type": "EMPLOYEE_OF", "targetId": "%s", "title": "Site Engineer"}""".formatted(acme))
                        .status())
                .isEqualTo(201);

        var paths = this.api.get(
                ACME,
                "/api/v1/paths?from=" + pat + "&to=" + jane.at("/party/id").asString());

        assertThat(paths.status()).isEqualTo(200);
        JsonNode path = paths.body().get(0);
        assertThat(path.get("length").asInt()).isEqualTo(2);
        assertThat(path.get("parties").get(1).get("id").asString()).isEqualTo(acme);
        assertThat(path.get("relationships")
                        .valueStream()
                        .map(r -> r.get("type").asString()))
                .containsOnly("EMPLOYEE_OF");
        assertThat(this.api
                        .get(
                                ACME,
                                "/api/v1/paths?maxLength=1&from=" + pat + "&to="
                                        + jane.at("/party/id").asString())
                        .body()
                        .size())
                .as("no path of one hop")
                .isZero();

        JsonNode around = this.api
                .get(ACME, "/api/v1/parties/" + acme + "/neighbourhood?depth=1&kinds=PERSON")
                .body();
        assertThat(around.get("nodes").valueStream().map(node -> node.get("id").asString()))
                .contains(acme, pat, jane.at("/party/id").asString());
        assertThat(this.api
                        .get(GLOBEX, "/api/v1/paths?from=" + pat + "&to=" + acme)
                        .status())
                .as("another tenant's parties")
                .isEqualTo(404);
        assertThat(this.api
                        .get(ACME, "/api/v1/parties/" + acme + "/neighbourhood?depth=5")
                        .status())
                .isEqualTo(400);

        // Who connects us to Acme: Jane, a customer with recent activity, before Pat, whom we only know as staff.
        List<String> connectors = this.api
                .get(ACME, "/api/v1/parties/" + acme + "/connectors")
                .body()
                .valueStream()
                .map(row -> row.at("/party/id").asString())
                .toList();
        assertThat(connectors).contains(jane.at("/party/id").asString(), pat);
        assertThat(connectors.indexOf(jane.at("/party/id").asString())).isLessThan(connectors.indexOf(pat));
    }

    @Test
    void aCompanyInTwoRoleTablesIsOnePartyWithRolesScopedToProjects() {
        JsonNode suntech = party(GLOBEX, "/api/v1/parties?email=info@suntech-solar.com");

        assertThat(suntech.get("roles")
                        .valueStream()
                        .map(role -> role.get("code").asString() + "@"
                                + (role.get("context").isNull()
                                        ? "-"
                                        : role.get("context").asString())))
                .contains(
                        "technology_vendor@-",
                        "operator@-",
                        "technology_vendor@demo/projects/1",
                        "operator@demo/projects/1");
        assertThat(strings(suntech.at("/party/domains"))).containsExactly("suntech-solar.com");
        long employees = suntech.get("relationships")
                .valueStream()
                .filter(r -> r.get("type").asString().equals("EMPLOYEE_OF"))
                .count();
        assertThat(employees)
                .as("Maria Garcia works there (and sits on its operator side)")
                .isEqualTo(1);

        JsonNode network = this.api
                .get(GLOBEX, "/api/v1/projects/network?project=demo/projects/1")
                .body();
        JsonNode suntechInProject = network.valueStream()
                .filter(row -> row.at("/party/id")
                        .asString()
                        .equals(suntech.at("/party/id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(suntechInProject.get("roles").valueStream().map(JsonNode::asString))
                .contains("technology_vendor", "operator");
        assertThat(suntechInProject
                        .get("people")
                        .valueStream()
                        .map(p -> p.get("displayName").asString()))
                .contains("Maria Garcia");
        assertThat(this.api
                        .get(ACME, "/api/v1/projects/network?project=demo/projects/1")
                        .body())
                .as("other tenant")
                .isEmpty();
        JsonNode around = this.api
                .get(GLOBEX, "/api/v1/parties/" + suntech.at("/party/id").asString() + "/neighbourhood?depth=1")
                .body();
        assertThat(around.get("nodes").get(0).get("projects").valueStream().map(JsonNode::asString))
                .contains("demo/projects/1");
    }

    @Test
    void tenantsComeFromTheBusinessColumnAndStayApart() {
        String acmeOne = party(ACME, "/api/v1/parties?email=purchasing@acmerobotics.com")
                .at("/party/id")
                .asString();
        String acmeTwo = party(GLOBEX, "/api/v1/parties?email=energy@acmerobotics.com")
                .at("/party/id")
                .asString();

        assertThat(acmeOne).isNotEqualTo(acmeTwo);
        assertThat(this.api.get(GLOBEX, "/api/v1/parties/" + acmeOne).status()).isEqualTo(404);
        assertThat(this.api
                        .get(ACME, "/api/v1/parties?email=energy@acmerobotics.com")
                        .body()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void activitiesAreLinkedToTheirParties() {
        String acme = party(ACME, "/api/v1/parties?email=purchasing@acmerobotics.com")
                .at("/party/id")
                .asString();

        List<Map<String, Object>> invoices = cypher("""
				MATCH (a:Activity {tenant: $tenant, type: 'invoice'})-[:OF]->(:Party {id: $id})
				RETURN a.amount AS amount, a.channel AS channel, a.currency AS currency ORDER BY a.at""", Map.of("tenant", ACME, "id", acme));
        assertThat(invoices).extracting(row -> row.get("amount")).containsExactly(24000.0, 24000.0);
        assertThat(invoices).extracting(row -> row.get("channel")).containsOnly("direct");
        long carts = (long) cypher(
                        "MATCH (a:Activity {tenant: $tenant, type: 'cart'}) RETURN count(a) AS n",
                        Map.of("tenant", ACME))
                .get(0)
                .get("n");
        assertThat(carts).isEqualTo(3);
    }

    @Test
    void theOperatorWatchesChangesLagDecisionsAndOpenWorkInPrometheusMetrics() {
        String metrics = this.api.text(Api.OPERATOR_TENANT, "/actuator/prometheus");
        assertThat(metrics)
                .contains(
                        "partygraph_ingest_changes_total{outcome=\"applied\",source=\"demo\"}",
                        "partygraph_ingest_changes_total{outcome=\"error\",source=\"demo\"}",
                        "partygraph_ingest_lag_milliseconds{source=\"demo\"}",
                        "partygraph_resolution_decisions_total{method=\"new\"}",
                        "partygraph_review_open");
        // The open-work figures are read every 30 s.
        await().atMost(Duration.ofSeconds(45))
                .until(() -> this.api
                        .text(Api.OPERATOR_TENANT, "/actuator/prometheus")
                        .contains("partygraph_sync_errors_open{kind=\"end_date\",source=\"demo\"}"));
    }

    @Test
    void whenTheSourceGoesQuietAfterWritingTheNextChangesStatementsArePlannedAhead() throws Exception {
        // A first start: its snapshot planned its own statements; those of later changes are planned once it is quiet.
        await().atMost(Duration.ofSeconds(60)).until(() -> plannedAhead() > 0);
        double before = plannedAhead();
        String email = "quiet-" + UUID.randomUUID() + "@example.com";

        sql("INSERT INTO leads (business_id, lead_name, contact_email) VALUES (1, 'Quinn Quiet', '" + email + "')");

        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, email) != null);
        await().atMost(Duration.ofSeconds(60))
                .alias("planned ahead again once the source is quiet after the new row")
                .until(() -> plannedAhead() > before);
    }

    private double plannedAhead() {
        return this.api
                .text(Api.OPERATOR_TENANT, "/actuator/prometheus")
                .lines()
                .filter(line -> line.startsWith("partygraph_ingest_plans_ahead_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void badRowsAreSyncErrorsWithTheirRawRowAndTheRestFlows() {
        assertThat(this.api
                        .get(GLOBEX, "/api/v1/sync-errors?status=open")
                        .body()
                        .valueStream()
                        .map(e -> e.get("reason").asString()))
                .contains(
                        "role: unknown role 'storage_integrator'",
                        "end_date: end date 2023-01-01 is before start date 2025-01-01");
        assertThat(this.api
                        .get(GLOBEX, "/api/v1/sync-errors?status=open")
                        .body()
                        .valueStream()
                        .filter(e -> e.get("reason").asString().startsWith("role:"))
                        .findFirst()
                        .orElseThrow()
                        .get("rawRow")
                        .asString())
                .contains("storage_integrator");
        // Good rows of the same tables went in.
        assertThat(party(ACME, "/api/v1/parties?email=bruce@wayne-enterprises.com")
                        .at("/party/displayName")
                        .asString())
                .isEqualTo("Bruce Wayne");
    }

    @Test
    void anOversizedValueIsASyncErrorWithItsWholeRawRowAndTheStreamGoesOn() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String oversized = sqlKey("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, '"
                + "x".repeat(300_000) + "', 'Oversize', 'oversize-" + suffix + "@example.com') RETURNING id");
        String after = "after-oversize-" + suffix + "@example.com";
        sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Next', 'Row', '" + after
                + "')");
        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, after) != null);
        JsonNode error = this.api
                .get(ACME, "/api/v1/sync-errors?status=open&table=contacts&size=200")
                .body()
                .valueStream()
                .filter(e -> e.get("key").asString().equals(oversized))
                .findFirst()
                .orElseThrow();
        assertThat(error.get("reason").asString()).isEqualTo("first_name: text longer than 500 characters");
        assertThat(error.get("rawRow").asString()).as("the whole row is kept").hasSizeGreaterThan(300_000);
        assertThat(this.api
                        .get(ACME, "/api/v1/parties?email=oversize-" + suffix + "@example.com")
                        .body()
                        .get("items"))
                .as("the row made no party")
                .isEmpty();
    }

    @Test
    void badRowsOfEveryKindInOneRunAreSyncErrorsWithTheirRawRowsAndTheStreamGoesOn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lead = sqlKey("SELECT min(id) FROM leads WHERE business_id = 1");
        // The source's schema drifts: a date and an amount become free text.
        sql("ALTER TABLE opportunities ALTER COLUMN close_date TYPE TEXT, ALTER COLUMN amount TYPE TEXT");
        List<String> keys = new ArrayList<>();
        try {
            keys.add("opportunities/"
                    + sqlKey("INSERT INTO opportunities (business_id, lead_id, name, stage, amount, close_date) VALUES"
                            + " (1, " + lead + ", 'Drift " + run + "', 'open', '100', 'next Tuesday') RETURNING id"));
            keys.add("opportunities/"
                    + sqlKey("INSERT INTO opportunities (business_id, lead_id, name, stage, amount, close_date) VALUES"
                            + " (1, " + lead + ", 'Drift " + run + "', 'open', 'twelve', '2026-05-01') RETURNING id"));
            // A value outside what the mapping knows.
            keys.add("customers/"
                    + sqlKey("INSERT INTO customers (business_id, customer_name, customer_kind, entity_type) VALUES"
                            + " (1, 'Robo " + run + "', 'robot', 'sales_customer') RETURNING id"));
            // A table that lost its primary key: rows that cannot be told apart.
            sql("ALTER TABLE contacts DROP CONSTRAINT contacts_pkey");
            try {
                sql(
                        "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Key', 'Less', 'keyless-"
                                + run + "@example.com')");
                // The key is read when the change is decoded: the table stays without one until then.
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> this.api
                                .get(ACME, "/api/v1/sync-errors?status=open&table=contacts&size=200")
                                .body()
                                .valueStream()
                                .anyMatch(e -> e.get("rawRow").asString().contains("keyless-" + run)
                                        || firstId(ACME, "keyless-" + run + "@example.com") != null));
            } finally {
                sql("ALTER TABLE contacts ADD PRIMARY KEY (id)");
            }
            // Broken encodings and hidden characters: the row goes in, each field's trouble reported.
            sql("INSERT INTO contacts (business_id, first_name, last_name, email, organization, title) VALUES (1,"
                    + " 'J\u00c3\u00bcrgen', 'M\ufffdller', 'encoding-" + run + "@example.com', 'Acme\u0007 Inc',"
                    + " 'Chief \u202eoiduA')");
            String after = "after-bad-rows-" + run + "@example.com";
            sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Good', 'Row', '" + after
                    + "')");
            await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, after) != null);

            Map<String, JsonNode> errors = new java.util.HashMap<>();
            this.api
                    .get(ACME, "/api/v1/sync-errors?status=open&size=200")
                    .body()
                    .valueStream()
                    .forEach(e -> errors.put(
                            e.get("table").asString() + "/" + e.get("key").asString(), e));
            assertThat(errors.keySet()).containsAll(keys);
            assertThat(errors.get(keys.get(0)).get("reason").asString())
                    .isEqualTo("close_date: 'next Tuesday' is not a timestamp");
            assertThat(errors.get(keys.get(1)).get("reason").asString()).startsWith("amount: 'twelve'");
            assertThat(errors.get(keys.get(2)).get("reason").asString())
                    .isEqualTo("customer_kind: unknown party kind 'robot'");
            JsonNode keyless = errors.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("contacts/no-key@"))
                    .map(Map.Entry::getValue)
                    .filter(e -> e.get("rawRow").asString().contains("keyless-" + run))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no sync error for the keyless row: " + errors.keySet()));
            assertThat(keyless.get("reason").asString()).startsWith("no key: table contacts has no primary key");
            for (String key : keys) {
                assertThat(errors.get(key).get("rawRow").asString()).contains(run);
            }

            JsonNode encoded = party(ACME, "/api/v1/parties?email=encoding-" + run + "@example.com");
            assertThat(encoded.at("/party/displayName").asString()).isEqualTo("J\u00c3\u00bcrgen M\ufffdller");
            JsonNode warnings = this.api
                    .get(ACME, "/api/v1/sync-errors/warnings?table=contacts&size=200")
                    .body();
            List<String> found = warnings.valueStream()
                    .filter(w -> w.get("rawRow").asString().contains("encoding-" + run))
                    .flatMap(w -> w.get("warnings").valueStream())
                    .map(JsonNode::asString)
                    .toList();
            assertThat(found)
                    .contains(
                            "first_name: 'J\u00c3\u00bcrgen' looks like UTF-8 read as Windows-1252 (it would read 'J\u00fcrgen')",
                            "last_name: 'M\ufffdller' holds U+FFFD, characters lost to a wrong encoding upstream",
                            "organization: control or text-direction characters removed",
                            "title: control or text-direction characters removed");
        } finally {
            for (String key : keys) {
                sql("DELETE FROM " + key.replace("/", " WHERE id = "));
            }
            // Its key back, the keyless row goes from the source as from the graph (which never held it).
            sql("DELETE FROM contacts WHERE email = 'keyless-" + run + "@example.com'");
            sql("ALTER TABLE opportunities ALTER COLUMN close_date TYPE DATE USING close_date::date,"
                    + " ALTER COLUMN amount TYPE NUMERIC(12, 2) USING amount::numeric");
        }
    }

    @Test
    void oneBadFieldCostsTheFieldNotTheRow() {
        // Ellen Ripley's lead has a malformed email: she is in the graph by her name, the email kept in the raw row
        // and reported as a field-level warning.
        JsonNode ripley =
                this.api.get(ACME, "/api/v1/parties?name=ellen%20ripley").body().get("items");
        assertThat(ripley.valueStream().map(p -> p.get("displayName").asString()))
                .contains("Ellen Ripley");
        JsonNode warnings =
                this.api.get(ACME, "/api/v1/sync-errors/warnings?table=leads").body();
        JsonNode ripleys = warnings.valueStream()
                .filter(w -> w.get("rawRow").asString().contains("Ellen Ripley"))
                .findFirst()
                .orElseThrow();
        assertThat(ripleys.get("warnings").valueStream().map(JsonNode::asString))
                .containsExactly("contact_email: 'ripley@@weyland.example' is not an email address");
        assertThat(this.api
                        .get(ACME, "/api/v1/parties/" + ripleys.get("partyId").asString() + "/360")
                        .body()
                        .findValues("warnings")
                        .stream()
                        .flatMap(JsonNode::valueStream)
                        .map(JsonNode::asString))
                .as("the 360 shows the warning on the source record")
                .isNotEmpty();
        // A lead without a name is known by its email.
        assertThat(party(ACME, "/api/v1/parties?email=info@nameless.example")
                        .at("/party/displayName")
                        .asString())
                .isEqualTo("info@nameless.example");
        assertThat(this.api
                        .get(ACME, "/api/v1/sync-errors?table=leads")
                        .body()
                        .valueStream()
                        .map(e -> e.get("reason").asString()))
                .noneMatch(reason -> reason.contains("ripley@@") || reason.startsWith("no name: lead_name empty"));
        JsonNode report = this.api.get(ACME, "/api/v1/reports/sync-errors").body();
        assertThat(report.get("recordsWithWarnings").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.get("warningsByKind")
                        .valueStream()
                        .map(k -> k.get("kind").asString()))
                .contains("contact_email: is not an email address");
    }

    @Test
    void aRowNamingNoTenantIsListedWithItsSource() throws Exception {
        sql("ALTER TABLE contacts ALTER COLUMN business_id DROP NOT NULL");
        try {
            sql(
                    "INSERT INTO contacts (id, business_id, first_name, last_name, email) VALUES (990001, NULL, 'No', 'Tenant', 'no.tenant@example.com')");
            JsonNode error = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> this.api
                                    .get(null, "/api/v1/ingestion/sources/demo/errors?status=open")
                                    .body()
                                    .valueStream()
                                    .filter(e -> e.get("key").asString().equals("990001"))
                                    .findFirst()
                                    .orElse(null),
                            found -> found != null);
            assertThat(error.get("reason").asString()).isEqualTo("business_id: no tenant (the column is empty)");
            assertThat(error.get("rawRow").asString()).contains("no.tenant@example.com");
            // It belongs to no tenant, so no tenant sees it.
            assertThat(this.api
                            .get(ACME, "/api/v1/sync-errors?table=contacts")
                            .body()
                            .valueStream()
                            .filter(e -> e.get("key").asString().equals("990001")))
                    .isEmpty();

            var resolved = this.api.post(
                    null,
                    "/api/v1/ingestion/sources/demo/errors/" + error.get("id").asString() + "/resolve",
                    "{\"note\": \"row given to business 1 at the source\"}");
            assertThat(resolved.text("/status")).isEqualTo("resolved");
            assertThat(this.api
                            .get(null, "/api/v1/ingestion/sources/nowhere/errors")
                            .status())
                    .isEqualTo(404);
        } finally {
            sql("DELETE FROM contacts WHERE id = 990001");
            sql("ALTER TABLE contacts ALTER COLUMN business_id SET NOT NULL");
        }
    }

    @Test
    void insertUpdateAndDeleteStreamIntoTheGraph() throws Exception {
        String email = "stream-" + UUID.randomUUID() + "@example.com";
        sql(
                "INSERT INTO contacts (business_id, first_name, last_name, email, organization) VALUES (1, 'Streamy', 'McStream', '"
                        + email + "', 'Initech')");
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> firstId(ACME, email), found -> found != null);
        assertThat(this.api.get(ACME, "/api/v1/parties/" + id).text("/party/displayName"))
                .isEqualTo("Streamy McStream");

        String changed = "changed-" + email;
        sql("UPDATE contacts SET email = '" + changed + "', first_name = 'Stream' WHERE email = '" + email + "'");
        await().atMost(Duration.ofSeconds(20)).until(() -> id.equals(firstId(ACME, changed)));
        assertThat(firstId(ACME, email)).as("the old email is retracted").isNull();
        assertThat(this.api.get(ACME, "/api/v1/parties/" + id).text("/party/displayName"))
                .isEqualTo("Stream McStream");

        sql("DELETE FROM contacts WHERE email = '" + changed + "'");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> this.api.get(ACME, "/api/v1/parties/" + id).status() == 404);
        assertThat(party(ACME, "/api/v1/parties?email=it@initech.com")
                        .at("/party/displayName")
                        .asString())
                .as("the organization other rows support stays")
                .isEqualTo("Initech LLC");
    }

    @Test
    void aRowJoiningAStewardEnteredPartyKeepsWhatTheStewardEntered() throws Exception {
        String email = "steward-" + UUID.randomUUID() + "@example.com";
        String id = this.api.post(ACME, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Stella", "familyName": "Ward", "emails": ["%s"],
				 "phones": ["+1 212 555 0199"], "roles": [{"code": "client"}]}""".formatted(email)).text("/party/id");

        sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Stella', 'Ward', '" + email
                + "')");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> this.api
                                .get(ACME, "/api/v1/parties/" + id)
                                .body()
                                .get("sourceRecords")
                                .size()
                        == 2);

        JsonNode party = this.api.get(ACME, "/api/v1/parties/" + id).body();
        assertThat(strings(party.at("/party/phones"))).containsExactly("+12125550199");
        assertThat(strings(party.at("/party/emails"))).containsExactly(email);
        assertThat(party.get("roles").valueStream().map(role -> role.get("code").asString()))
                .containsExactlyInAnyOrder("client", "contact");
        assertThat(strings(party.at("/party/sync/sourceSystems"))).containsExactlyInAnyOrder("steward", "demo");
    }

    @Test
    void anErasureRequestRemovesAPersonsDataAndReconciliationStaysGreen() throws Exception {
        String email = "erase-" + UUID.randomUUID() + "@example.com";
        sql("INSERT INTO contacts (business_id, first_name, last_name, email, phone, organization) VALUES (1, 'Erin', "
                + "'Rasure', '" + email + "', '+1 415 555 0177', 'Initech')");
        sql("INSERT INTO leads (business_id, lead_name, contact_email) VALUES (1, 'Erin Rasure', '" + email + "')");
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> firstId(ACME, email), found -> found != null);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> this.api
                                .get(ACME, "/api/v1/parties/" + id)
                                .body()
                                .get("sourceRecords")
                                .size()
                        == 2);

        var erased = this.api.post(ACME, "/api/v1/parties/" + id + "/erasure", "");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().get("sourceRecords").asLong()).isEqualTo(2);
        assertThat(strings(erased.body().get("attributes"))).contains("displayName", "givenName", "familyName");
        assertThat(erased.body().get("contactPoints").asLong())
                .as("her email and phone")
                .isEqualTo(2);
        JsonNode party = this.api.get(ACME, "/api/v1/parties/" + id).body();
        assertThat(party.at("/party/status").asString()).isEqualTo("erased");
        assertThat(party.at("/party/displayName").isNull()).isTrue();
        assertThat(strings(party.at("/party/emails"))).isEmpty();
        assertThat(firstId(ACME, email)).isNull();
        try (var session = this.driver.session()) {
            List<String> left = session.run("""
					MATCH (s:SourceRecord)-[:IDENTIFIES]->(:Party {tenant: $tenant, id: $id})
					RETURN s.table + '/' + s.key + ' ' + coalesce(s.raw, '') + coalesce(s.displayName, '')
					       + reduce(all = '', e IN coalesce(s.emails, []) | all + e) AS left""", Map.of("tenant", ACME, "id", id))
                    .list(row -> row.get("left").asString());
            assertThat(left).hasSize(2).noneSatisfy(line -> assertThat(line).containsIgnoringCase("erin"));
        }
        assertThat(this.api
                        .get(ACME, "/api/v1/parties/" + UUID.randomUUID() + "/erasure")
                        .status())
                .isEqualTo(405);
        assertThat(this.api
                        .post(ACME, "/api/v1/parties/" + UUID.randomUUID() + "/erasure", "")
                        .status())
                .isEqualTo(404);
        assertReconciled("contacts", "leads");
    }

    @Test
    void deletedRowsLoseTheirRawRowAfterTheRetentionAndReconciliationStaysGreen() throws Exception {
        String email = "retain-" + UUID.randomUUID() + "@example.com";
        sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Reta', 'Ined', '" + email
                + "')");
        await().atMost(Duration.ofSeconds(20)).until(() -> firstId(ACME, email) != null);
        sql("DELETE FROM contacts WHERE email = '" + email + "'");
        await().atMost(Duration.ofSeconds(20)).until(() -> firstId(ACME, email) == null);

        long erased = new Erasure(
                        this.driver,
                        this.queries,
                        this.resolver,
                        new ErasureSettings(Duration.ZERO, Duration.ofHours(1)))
                .sweep();

        assertThat(erased).isPositive();
        try (var session = this.driver.session()) {
            var record = session.run("""
					MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts'})
					WHERE s.erasedAt IS NOT NULL AND s.raw IS NULL AND s.givenName IS NULL AND s.deleted
					RETURN count(s) AS erased, count(s.key) AS keyed""", Map.of("tenant", ACME)).single();
            assertThat(record.get("erased").asLong()).isPositive();
            assertThat(record.get("keyed").asLong())
                    .isEqualTo(record.get("erased").asLong());
        }
        assertReconciled("contacts");
    }

    @Test
    void reconciliationNamesTheKeysTheGraphLacksAndHoldsBeyondTheSource() throws Exception {
        String key = (String) cypher("""
				MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts'})
				WHERE s.derivedFrom IS NULL AND NOT coalesce(s.deleted, false)
				RETURN s.key AS key ORDER BY s.key LIMIT 1""", Map.of("tenant", ACME)).get(0).get("key");
        String moved = key + "-moved";
        // Behind ingestion's back, a record of the graph no longer answers to its row's key.
        cypher(
                "MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts', key: $key}) SET s.key = $moved",
                Map.of("tenant", ACME, "key", key, "moved", moved));
        try {
            JsonNode report =
                    this.api.get(ACME, "/api/v1/reconciliation?source=demo").body();
            JsonNode contacts = report.get("tables")
                    .valueStream()
                    .filter(check -> check.get("table").asString().equals("contacts"))
                    .findFirst()
                    .orElseThrow();
            assertThat(report.get("matches").asBoolean()).isFalse();
            assertThat(contacts.get("sourceRows").asLong())
                    .isEqualTo(contacts.get("graphRecords").asLong());
            assertThat(contacts.get("graphChecksum").asString())
                    .isNotEqualTo(contacts.get("sourceChecksum").asString());
            assertThat(contacts.get("missingInGraph").valueStream().map(JsonNode::asString))
                    .containsExactly(key);
            assertThat(contacts.get("extraInGraph").valueStream().map(JsonNode::asString))
                    .containsExactly(moved);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int code = this.reconcile.reconcile(
                    new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, Duration.ofMinutes(2));
            assertThat(code).as("--reconcile's exit code").isEqualTo(1);
            JsonNode acme = JsonMapper.builder()
                    .build()
                    .readTree(printed.toString(StandardCharsets.UTF_8))
                    .valueStream()
                    .filter(tenant -> tenant.get("tenant").asString().equals(ACME))
                    .findFirst()
                    .orElseThrow();
            assertThat(acme.get("tables")
                            .valueStream()
                            .filter(check -> check.get("table").asString().equals("contacts"))
                            .flatMap(check -> check.get("missingInGraph").valueStream())
                            .map(JsonNode::asString))
                    .containsExactly(key);
        } finally {
            cypher(
                    "MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: 'contacts', key: $moved}) SET s.key = $key",
                    Map.of("tenant", ACME, "key", key, "moved", moved));
        }
        assertReconciled("contacts");
    }

    /** Reconciliation of the demo source for ACME finds the tables' keys in the graph as in the source. */
    private void assertReconciled(String... tables) {
        JsonNode checks =
                this.api.get(ACME, "/api/v1/reconciliation?source=demo").body().get("tables");
        for (String table : tables) {
            JsonNode check = checks.valueStream()
                    .filter(c -> c.get("table").asString().equals(table))
                    .findFirst()
                    .orElseThrow();
            assertThat(check.get("graphChecksum").asString())
                    .as(table)
                    .isEqualTo(check.get("sourceChecksum").asString());
        }
    }

    @Test
    void aFixedBadRowSupersedesItsError() throws Exception {
        // No name, no email, no phone: nothing says whom the row is about.
        String key = sqlKey(
                "INSERT INTO leads (business_id, lead_name, contact_email, company_name) VALUES (1, NULL, NULL, 'Broken Co') RETURNING id");
        await().atMost(Duration.ofSeconds(20)).until(() -> errorStatus(key) != null);
        assertThat(errorStatus(key)).isEqualTo("open");

        sql("UPDATE leads SET contact_email = 'fixed-" + key + "@example.com' WHERE id = " + key);
        await().atMost(Duration.ofSeconds(20)).until(() -> "superseded".equals(errorStatus(key)));
        assertThat(firstId(ACME, "fixed-" + key + "@example.com")).isNotNull();
    }

    @Test
    void theSameChangesReplayedChangeNothing() throws Exception {
        String email = "replay-" + UUID.randomUUID() + "@example.com";
        String key = sqlKey("INSERT INTO contacts (business_id, first_name, last_name, email, organization)"
                + " VALUES (1, 'Re', 'Play', '" + email + "', 'Replay Org') RETURNING id");
        await().atMost(Duration.ofSeconds(20)).until(() -> firstId(ACME, email) != null);
        ChangeApplier applier = this.ingestion.connector("demo").orElseThrow().applier();
        Map<String, Object> row = Map.of(
                "id",
                Integer.parseInt(key),
                "business_id",
                1,
                "first_name",
                "Re",
                "last_name",
                "Play",
                "email",
                email,
                "organization",
                "Replay Org");
        String before = graphFingerprint();

        // A change at or below the watermark (as Debezium redelivers after a crash) is skipped.
        BatchResult replayed = applier.apply(
                List.of(new RowChange(RowChange.Op.CREATE, "contacts", key, row, new RowChange.Position(1, 1, false))));
        // A snapshot read of the same row is applied again, and changes nothing either.
        BatchResult reread = applier.apply(
                List.of(new RowChange(RowChange.Op.READ, "contacts", key, row, new RowChange.Position(1, 1, true))));

        assertThat(replayed.skipped()).isEqualTo(1);
        assertThat(reread.applied()).isEqualTo(1);
        assertThat(graphFingerprint()).isEqualTo(before);
        assertThat(this.api.get(ACME, "/api/v1/parties?email=" + email).body().get("items"))
                .hasSize(1);
    }

    @Test
    void stoppingMidStreamAndRestartingLosesAndDuplicatesNothing() throws Exception {
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        String email = "@restart-" + UUID.randomUUID() + ".example.com";
        // The writer's failure (an insert refused) fails the test when joined, rather than being lost with its thread.
        CompletableFuture<Void> writer = CompletableFuture.runAsync(
                () -> {
                    for (int i = 0; i < 60; i++) {
                        try {
                            sql(
                                    "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Mid', 'Stream"
                                            + i + "', 'p" + i + email + "')");
                            Thread.sleep(20);
                        } catch (Exception ex) {
                            throw new IllegalStateException(ex);
                        }
                    }
                },
                Thread.ofVirtual()::start);
        Thread.sleep(400);
        demo.stop();
        Thread.sleep(300);
        demo.start();
        writer.join();

        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, "p59" + email) != null);
        for (int i = 0; i < 60; i++) {
            assertThat(this.api
                            .get(ACME, "/api/v1/parties?email=p" + i + email)
                            .body()
                            .get("items"))
                    .as("p" + i)
                    .hasSize(1);
        }
        long records = (long) cypher(
                        "MATCH (s:SourceRecord {tenant: $tenant, table: 'contacts'}) WHERE s.emails[0] ENDS WITH $suffix RETURN count(s) AS n",
                        Map.of("tenant", ACME, "suffix", email))
                .get(0)
                .get("n");
        assertThat(records).isEqualTo(60);
    }

    /**
     * The source's log position lost while it was stopped — its replication slot dropped (and made again on start, as
     * after a failover or a major upgrade): the source reads its tables again instead of failing on every start, what
     * changed meanwhile is in the graph, the records of rows deleted meanwhile are withdrawn, the status counts them,
     * and streaming goes on.
     */
    @Test
    void aSourceWhoseLogPositionIsGoneReadsItsTablesAgainAndWithdrawsTheRowsDeletedMeanwhile() throws Exception {
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        String email = "@gone-" + UUID.randomUUID() + ".example.com";
        for (String name : List.of("kept", "renamed", "deleted")) {
            sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Gone', '" + name + "', '"
                    + name + email + "')");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, "deleted" + email) != null);
        String renamed = firstId(ACME, "renamed" + email);
        demo.stop();
        sql("UPDATE contacts SET last_name = 'Renamed' WHERE email = 'renamed" + email + "'");
        sql("DELETE FROM contacts WHERE email = 'deleted" + email + "'");
        sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Gone', 'added', 'added"
                + email + "')");
        DemoDatabases.dropReplicationSlot(this.postgres);
        demo.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> firstId(ACME, "added" + email) != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, "deleted" + email) == null);
        assertThat(this.api.get(ACME, "/api/v1/parties/" + renamed).text("/party/displayName"))
                .isEqualTo("Gone Renamed");
        assertThat(firstId(ACME, "kept" + email)).isNotNull();
        var status = this.ingestion.statuses().get(0);
        assertThat(status.failure()).isNull();
        assertThat(status.snapshot().recordsWithdrawn())
                .as("the deleted row's record, and those of rows other tests deleted before")
                .isGreaterThanOrEqualTo(1);
        assertThat(cypher(
                        "MATCH (s:SourceRecord {tenant: $tenant, table: 'contacts'}) WHERE s.emails[0] = $email RETURN s.deleted AS deleted",
                        Map.of("tenant", ACME, "email", "deleted" + email)))
                .as("withdrawn as a delete: the record stays, marked deleted")
                .extracting(row -> row.get("deleted"))
                .containsExactly(true);

        sql("INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Gone', 'after', 'after"
                + email + "')");
        await().atMost(Duration.ofSeconds(30)).until(() -> firstId(ACME, "after" + email) != null);
    }

    /** Counts of nodes and relationships and every party's derived attributes (not its version). */
    private String graphFingerprint() {
        return cypher("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				MATCH (p:Party) WITH nodes, relationships, p ORDER BY p.tenant, p.id
				RETURN nodes, relationships,
				       collect([p.id, p.displayName, p.normalizedName,
				                reduce(text = '', a IN coalesce(p.addresses, []) | text + a + ';'),
				                reduce(text = '', s IN coalesce(p.sourceSystems, []) | text + s + ';')]) AS parties""", Map.of()).toString();
    }

    private JsonNode party(String tenant, String search) {
        JsonNode items = await().atMost(Duration.ofSeconds(20))
                .until(() -> this.api.get(tenant, search).body().get("items"), found -> !found.isEmpty());
        assertThat(items).hasSize(1);
        return this.api
                .get(tenant, "/api/v1/parties/" + items.get(0).get("id").asString())
                .body();
    }

    private String firstId(String tenant, String email) {
        Api.Response answer = this.api.get(tenant, "/api/v1/parties?email=" + email);
        JsonNode items = answer.body() == null ? null : answer.body().get("items");
        if (answer.status() != 200 || items == null) {
            // Said plainly, so that a wrong answer during a wait is not a NullPointerException.
            throw new AssertionError("GET /api/v1/parties?email=" + email + " answered " + answer.status() + " "
                    + answer.contentType() + ": " + answer.body());
        }
        return items.isEmpty() ? null : items.get(0).get("id").asString();
    }

    private String errorStatus(String key) {
        return this.api
                .get(ACME, "/api/v1/sync-errors?table=leads")
                .body()
                .valueStream()
                .filter(e -> e.get("key").asString().equals(key))
                .map(e -> e.get("status").asString())
                .findFirst()
                .orElse(null);
    }

    private List<Map<String, Object>> cypher(String statement, Map<String, Object> parameters) {
        return DemoDatabases.cypher(this.neo4j, statement, parameters);
    }

    private void sql(String statement) throws Exception {
        DemoDatabases.sql(this.postgres, statement);
    }

    private String sqlKey(String statement) throws Exception {
        return DemoDatabases.sqlKey(this.postgres, statement);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
