package com.partygraph.party.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.EmbeddedApplicationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmbeddedApplicationTest
class PartyApiIT {

    private static final String JANE = """
			{"kind": "PERSON", "givenName": "Jane", "familyName": "Doe", "birthDate": "1980-04-02",
			 "emails": ["  Jane.Doe@ACME.com", "jd@example.org"], "phones": ["(415) 555-0132"],
			 "addresses": [{"line1": "1 Main St", "city": "Springfield", "region": "IL", "postalCode": "62701", "country": "us"}],
			 "roles": [{"code": "sales_customer", "since": "2020-01-01"}, {"code": "contact", "context": "project:solar-1"}]}
			""";

    private static final String ACME = """
			{"kind": "ORGANIZATION", "legalName": "ACME, Inc.", "dbaName": "Acme Robotics", "industry": "Robotics",
			 "foundedYear": 1999, "employeeCount": 250, "domains": ["https://www.acme.com/about"],
			 "roles": [{"code": "technology_vendor"}, {"code": "operator"}]}
			""";

    @LocalServerPort
    int port;

    private Api api;

    private String tenant;

    @BeforeEach
    void newTenant() {
        this.api = new Api(this.port);
        this.tenant = "t-" + UUID.randomUUID();
    }

    private String create(String body) {
        Response created = this.api.post(this.tenant, "/api/v1/parties", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/party/id");
    }

    @Test
    void aTenantWithFewRecordsKeepsTheShippedMatchModel() {
        create(JANE);
        JsonNode model = this.api.get(this.tenant, "/api/v1/resolution/model").body();
        assertThat(model.get("source").asString()).isEqualTo("shipped");
        assertThat(model.get("yaml").asString()).contains("givenName").contains("identifier");
        Response estimate = this.api.post(this.tenant, "/api/v1/resolution/model/estimate", "");
        assertThat(estimate.status()).isEqualTo(409);
        assertThat(estimate.text("/detail")).contains("Too few records");
        assertThat(this.api.delete(this.tenant, "/api/v1/resolution/model").status())
                .isEqualTo(200);
    }

    @Test
    void aStewardEntryOfAKnownPartyIsResolvedNotDuplicated() {
        String jane = create(JANE);
        // The same email and name: the answer names the party and why, and nothing is created.
        Response again = this.api.post(this.tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Jane", "familyName": "Doe", "emails": ["jane.doe@acme.com"]}""");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.text("/partyId")).isEqualTo(jane);
        assertThat(again.body().get("agreeing").valueStream().map(JsonNode::asString))
                .anyMatch(reason -> reason.startsWith("email exact"));
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties?email=jane.doe@acme.com")
                        .body()
                        .get("items"))
                .hasSize(1);
        // Entered anyway, it is a party of its own with the pair in the review queue.
        Response anyway = this.api.post(this.tenant, "/api/v1/parties?allowDuplicate=true", """
				{"kind": "PERSON", "givenName": "Jane", "familyName": "Doe", "emails": ["jane.doe@acme.com"]}""");
        assertThat(anyway.status()).isEqualTo(201);
        assertThat(this.api
                        .get(this.tenant, "/api/v1/resolution/suggestions")
                        .body()
                        .toString())
                .contains(jane)
                .contains(anyway.text("/party/id"));
        // Janet Doe is another person: entered without a word.
        assertThat(this.api.post(this.tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Janet", "familyName": "Doe"}""").status()).isEqualTo(201);
    }

    @Test
    void createdPersonReadsBackWithNormalizedContactsRolesAndItsStewardSourceRecord() {
        Response created = this.api.post(this.tenant, "/api/v1/parties", JANE);
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("/party/id");
        assertThat(created.location()).isEqualTo("/api/v1/parties/" + id);

        JsonNode read = this.api.get(this.tenant, created.location()).body();
        JsonNode party = read.get("party");
        assertThat(party.get("kind").asString()).isEqualTo("PERSON");
        assertThat(party.get("displayName").asString()).isEqualTo("Jane Doe");
        assertThat(party.get("birthDate").asString()).isEqualTo("1980-04-02");
        assertThat(party.get("emails").toString()).isEqualTo("[\"jane.doe@acme.com\",\"jd@example.org\"]");
        assertThat(party.get("phones").toString()).isEqualTo("[\"+14155550132\"]");
        assertThat(party.get("addresses").toString()).isEqualTo("[\"1 Main St, Springfield, IL 62701, US\"]");
        assertThat(party.get("status").asString()).isEqualTo("active");
        assertThat(party.at("/sync/version").asLong()).isEqualTo(1);
        assertThat(party.at("/sync/sourceSystems").toString()).isEqualTo("[\"steward\"]");
        assertThat(read.get("roles"))
                .extracting(role -> role.get("code").asString())
                .containsExactly("contact", "sales_customer");
        assertThat(read.at("/roles/0/context").asString()).isEqualTo("project:solar-1");
        assertThat(read.at("/roles/1/since").asString()).isEqualTo("2020-01-01");
        assertThat(read.at("/roles/1/label").asString()).isEqualTo("Sales customer");
        assertThat(read.get("sourceRecords")).hasSize(1);
        assertThat(read.at("/sourceRecords/0/source").asString()).isEqualTo("steward");
        assertThat(read.at("/sourceRecords/0/key").asString()).isEqualTo(id);
        assertThat(read.at("/sourceRecords/0/method").asString()).isEqualTo("manual");
    }

    @Test
    void organizationKeepsItsOwnFieldsAndABareDomain() {
        String id = create(ACME);

        JsonNode party =
                this.api.get(this.tenant, "/api/v1/parties/" + id).body().get("party");
        assertThat(party.get("kind").asString()).isEqualTo("ORGANIZATION");
        assertThat(party.get("displayName").asString()).isEqualTo("ACME, Inc.");
        assertThat(party.get("dbaName").asString()).isEqualTo("Acme Robotics");
        assertThat(party.get("foundedYear").asInt()).isEqualTo(1999);
        assertThat(party.get("domains").toString()).isEqualTo("[\"acme.com\"]");
    }

    @Test
    void searchFindsPartiesByNameWithTyposAndByNormalizedEmailOrPhone() {
        String jane = create(JANE);
        String acme = create(ACME);

        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=jnae%20do")))
                .containsExactly(jane);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=Jnae%20Deo")))
                .as("a swap in a three-letter word")
                .containsExactly(jane);
        String initech = create("{\"kind\": \"ORGANIZATION\", \"legalName\": \"Initech LLC\"}");
        String mueller = create("{\"kind\": \"PERSON\", \"givenName\": \"Jürgen\", \"familyName\": \"Müller\"}");
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=Initek")))
                .as("two edits")
                .containsExactly(initech);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=Mueller")))
                .containsExactly(mueller);
        // Combined criteria and filters: name and city, a role, a source.
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=jane&city=springfield")))
                .containsExactly(jane);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=jane&city=boston")))
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=jane&role=sales_customer")))
                .containsExactly(jane);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=jane&role=operator")))
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=acme&role=operator&source=steward")))
                .containsExactly(acme);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=acme&source=crm")))
                .isEmpty();
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties?name=acme&role=Not%20A%20Role")
                        .status())
                .isEqualTo(400);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=acme"))).containsExactly(acme);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=acme&kind=PERSON")))
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?email=JANE.DOE@acme.com%20")))
                .containsExactly(jane);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?phone=%2B1-415-555-0132")))
                .containsExactly(jane);
    }

    @Test
    void searchFindsPartiesByIdentifierWithOrWithoutItsTypeAndByLifecycleStage() {
        String globex = create("{\"kind\": \"ORGANIZATION\", \"legalName\": \"Globex GmbH\","
                + " \"identifiers\": {\"tax_id\": \"DE 123.456.789\", \"duns\": \"15-048-3782\"}}");
        String initrode = create("{\"kind\": \"ORGANIZATION\", \"legalName\": \"Initrode AG\","
                + " \"identifiers\": {\"duns\": \"99\"}}");

        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties/" + globex)
                        .body()
                        .at("/party/identifiers")
                        .toString())
                .isEqualTo("[\"duns:15-048-3782\",\"tax_id:DE 123.456.789\"]");
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=tax_id:DE%20123.456.789")))
                .containsExactly(globex);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=15-048-3782")))
                .as("any type")
                .containsExactly(globex);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=duns:DE%20123.456.789")))
                .as("other type")
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=tax_id:DE1234")))
                .as("whole values only")
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=*")))
                .as("no wildcards")
                .isEmpty();
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=duns:99")))
                .containsExactly(initrode);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?identifier=tax_id:de-123456789")))
                .as("compared without blanks, dashes and dots, in any case")
                .containsExactly(globex);
        Response badType = this.api.get(this.tenant, "/api/v1/parties?identifier=Tax%20Id:1");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().toString()).contains("identifier type");
        assertThat(this.api.get(this.tenant, "/api/v1/parties?identifier=duns:").status())
                .isEqualTo(400);
        // A party entered by a steward has no activity yet: inactive.
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=globex&lifecycle=inactive")))
                .containsExactly(globex);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=globex&lifecycle=active")))
                .isEmpty();
        Response badStage = this.api.get(this.tenant, "/api/v1/parties?name=globex&lifecycle=asleep");
        assertThat(badStage.status()).isEqualTo(400);
        assertThat(badStage.body().toString()).contains("active, dormant or inactive");
    }

    @Test
    void aNeighbourhoodIsCappedFilteredAndDrawsOnlyEdgesBetweenItsNodes() {
        String initech = create("{\"kind\": \"ORGANIZATION\", \"legalName\": \"Initech LLC\"}");
        List<String> staff = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String person =
                    create("{\"kind\": \"PERSON\", \"givenName\": \"Peter\", \"familyName\": \"Gibbons" + i + "\"}");
            relate(person, initech, i == 4 ? ", \"endDate\": \"2020-01-31\", \"startDate\": \"2019-01-01\"" : "");
            staff.add(person);
        }
        String friend = create("{\"kind\": \"PERSON\", \"givenName\": \"Joanna\", \"familyName\": \"Smith\"}");
        this.api.post(
                this.tenant,
                "/api/v1/parties/" + friend + "/relationships",
                "{\"type\": \"RELATED_TO\", \"targetId\": \"" + staff.get(0) + "\"}");

        JsonNode all = this.api
                .get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood")
                .body();
        assertThat(hops(all))
                .containsEntry(initech, 0)
                .containsEntry(staff.get(3), 1)
                .containsEntry(friend, 2)
                .hasSize(7);
        assertThat(all.get("edges")).hasSize(6);
        assertThat(all.get("truncated").asBoolean()).isFalse();
        assertThat(all.at("/nodes/0/displayName").asString()).isEqualTo("Initech LLC");

        JsonNode capped = this.api
                .get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood?maxNodes=3")
                .body();
        assertThat(capped.get("nodes")).hasSize(3);
        assertThat(capped.get("truncated").asBoolean()).isTrue();
        java.util.Set<String> drawn = hops(capped).keySet();
        assertThat(capped.get("edges").valueStream().toList())
                .as("the edges between the nodes kept")
                .isNotEmpty()
                .allSatisfy(edge -> assertThat(drawn)
                        .contains(
                                edge.get("fromId").asString(), edge.get("toId").asString()));

        JsonNode current = this.api
                .get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood?depth=1&currentOnly=true")
                .body();
        assertThat(hops(current)).hasSize(5).doesNotContainKey(staff.get(4));
        JsonNode organizations = this.api
                .get(this.tenant, "/api/v1/parties/" + staff.get(0) + "/neighbourhood?depth=1&kinds=ORGANIZATION")
                .body();
        assertThat(hops(organizations).keySet()).containsExactlyInAnyOrder(staff.get(0), initech);
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood?maxNodes=1001")
                        .status())
                .isEqualTo(400);
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood?depth=0")
                        .status())
                .isEqualTo(400);
        // A control character (or a blank) where a type or kind belongs names none: a 400 that says which, not a 500.
        for (String blank : List.of("types=%18", "kinds=%20", "types=EMPLOYEE_OF,%09")) {
            var answer = this.api.get(this.tenant, "/api/v1/parties/" + initech + "/neighbourhood?" + blank);
            assertThat(answer.status()).as(blank).isEqualTo(400);
            assertThat(answer.body().toString()).as(blank).contains(blank.substring(0, blank.indexOf('=')));
        }
    }

    private void relate(String person, String organization, String more) {
        assertThat(this.api
                        .post(
                                this.tenant,
                                "/api/v1/parties/" + person + "/relationships",
                                "{\"type\": \"EMPLOYEE_OF\", \"targetId\": \"" + organization + "\"" + more + "}")
                        .status())
                .isEqualTo(201);
    }

    private static Map<String, Integer> hops(JsonNode neighbourhood) {
        Map<String, Integer> hops = new java.util.LinkedHashMap<>();
        neighbourhood
                .get("nodes")
                .valueStream()
                .forEach(node ->
                        hops.put(node.get("id").asString(), node.get("hop").asInt()));
        return hops;
    }

    @Test
    void searchPagesReportWhetherMoreHitsFollow() {
        for (int i = 0; i < 3; i++) {
            create("{\"kind\": \"PERSON\", \"givenName\": \"Pat\", \"familyName\": \"Lee" + i + "\"}");
        }
        Response first = this.api.get(this.tenant, "/api/v1/parties?name=pat&size=2");
        Response second = this.api.get(this.tenant, "/api/v1/parties?name=pat&size=2&page=1");

        assertThat(ids(first)).hasSize(2);
        assertThat(first.body().get("hasMore").asBoolean()).isTrue();
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.body().get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void relationshipShowsOnBothParties() {
        String jane = create(JANE);
        String acme = create(ACME);

        Response related =
                this.api.post(this.tenant, "/api/v1/parties/" + jane + "/relationships", """
				{"type": "EMPLOYEE_OF", "targetId": "%s", "title": "CTO", "startDate": "2021-03-01", "importance": 8}
				""".formatted(acme));

        assertThat(related.status()).isEqualTo(201);
        for (String side : new String[] {jane, acme}) {
            JsonNode relationship =
                    this.api.get(this.tenant, "/api/v1/parties/" + side).body().at("/relationships/0");
            assertThat(relationship.get("type").asString()).isEqualTo("EMPLOYEE_OF");
            assertThat(relationship.get("fromId").asString()).isEqualTo(jane);
            assertThat(relationship.get("toId").asString()).isEqualTo(acme);
            assertThat(relationship.get("title").asString()).isEqualTo("CTO");
            assertThat(relationship.get("isCurrent").asBoolean()).isTrue();
        }
    }

    @Test
    void roleCatalogListsTheDesignRoles() {
        Response roles = this.api.get(this.tenant, "/api/v1/roles");

        assertThat(roles.body())
                .extracting(role -> role.get("code").asString())
                .contains(
                        "prospect",
                        "sales_customer",
                        "itad_client",
                        "auction_buyer",
                        "website_customer",
                        "reseller",
                        "consignment_client",
                        "purchase_vendor",
                        "consignment_vendor",
                        "downstream_recycler",
                        "technology_vendor",
                        "developer",
                        "operator",
                        "constructor",
                        "offtaker",
                        "client");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
			missing name         | {"kind": "PERSON", "emails": ["a@b.com"]}                                            | displayName
			missing kind         | {"givenName": "Ann"}                                                                 | kind
			unknown kind         | {"kind": "ALIEN", "givenName": "Ann"}                                                | kind
			unknown field        | {"kind": "PERSON", "givenName": "Ann", "nickname": "A"}                              | nickname
			unknown role         | {"kind": "PERSON", "givenName": "Ann", "roles": [{"code": "wizard"}]}                | roles[0].code
			role ends too early  | {"kind": "PERSON", "givenName": "Ann", "roles": [{"code": "contact", "since": "2022-01-01", "until": "2021-12-31"}]} | roles[0].until
			malformed date       | {"kind": "PERSON", "givenName": "Ann", "birthDate": "yesterday"}                     | birthDate
			future birth         | {"kind": "PERSON", "givenName": "Ann", "birthDate": "2999-01-01"}                    | birthDate
			bad email            | {"kind": "PERSON", "givenName": "Ann", "emails": ["ann@", "ann@b.com"]}              | emails[0]
			bad phone            | {"kind": "PERSON", "givenName": "Ann", "phones": ["n/a"]}                            | phones[0]
			field of other kind  | {"kind": "PERSON", "givenName": "Ann", "legalName": "Ann LLC"}                       | legalName
			wrong type           | {"kind": "PERSON", "givenName": "Ann", "emails": "ann@b.com"}                        | emails
			malformed JSON       | {"kind": "PERSON",                                                                   | body
			""")
    void rejectsBadPartiesWithAProblemNamingTheField(String what, String body, String field) {
        Response response = this.api.post(this.tenant, "/api/v1/parties", body);

        assertProblem(response, 400, field);
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?name=ann")))
                .as("nothing stored")
                .isEmpty();
    }

    @Test
    void rejectsRelationshipsThatEndBeforeTheyStartOrPointNowhere() {
        String jane = create(JANE);
        String acme = create(ACME);
        String path = "/api/v1/parties/" + jane + "/relationships";

        assertProblem(this.api.post(this.tenant, path, """
				{"type": "EMPLOYEE_OF", "targetId": "%s", "startDate": "2021-03-01", "endDate": "2020-01-01"}
				""".formatted(acme)), 400, "endDate");
        assertProblem(this.api.post(this.tenant, path, """
				{"type": "BOSS_OF", "targetId": "%s"}""".formatted(acme)), 400, "type");
        assertProblem(this.api.post(this.tenant, path, """
				{"type": "OWNER_OF", "targetId": "%s", "trustLevel": 11}""".formatted(acme)), 400, "trustLevel");
        assertProblem(this.api.post(this.tenant, path, """
				{"type": "OWNER_OF", "targetId": "%s"}""".formatted(UUID.randomUUID())), 400, "targetId");
        assertProblem(this.api.post(this.tenant, path, """
				{"type": "OWNER_OF", "targetId": "%s"}""".formatted(jane)), 400, "targetId");
        assertThat(this.api.get(this.tenant, "/api/v1/parties/" + jane).body().get("relationships"))
                .isEmpty();
    }

    @Test
    void rejectsMalformedIdsReservedTenantsAndOversizedPages() {
        assertProblem(this.api.get(this.tenant, "/api/v1/parties/not-a-uuid"), 400, "id");
        assertProblem(this.api.get("_catalog", "/api/v1/roles"), 400, "X-Tenant-Id");
        assertProblem(this.api.get(this.tenant, "/api/v1/parties?name=x&size=1000"), 400, "size");
        assertProblem(this.api.get(this.tenant, "/api/v1/parties?name=x&email=a@b.com"), 400, "name");
        assertProblem(this.api.get(this.tenant, "/api/v1/parties?email=nobody"), 400, "email");
        String words = String.join("%20", java.util.Collections.nCopies(103, "longword"));
        assertProblem(this.api.get(this.tenant, "/api/v1/parties?name=" + words), 400, "name");
        String twenty = String.join("%20", java.util.Collections.nCopies(20, "longword"));
        assertThat(this.api.get(this.tenant, "/api/v1/parties?name=" + twenty).status())
                .isEqualTo(200);
    }

    @Test
    void aStewardEntryStartsThePartysTimeline() {
        String jane = create(JANE);

        Response timeline = this.api.get(this.tenant, "/api/v1/parties/" + jane + "/timeline");

        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().get(0).get("type").asString()).isEqualTo("entered");
        assertThat(timeline.body().get(0).get("by").asString()).startsWith("key:");
        assertProblem(this.api.get(this.tenant, "/api/v1/parties/" + jane + "/timeline?size=500"), 400, "size");
    }

    @Test
    void unknownPartyIsNotFound() {
        Response response = this.api.get(this.tenant, "/api/v1/parties/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void oneTenantCannotSeeOrTouchAnothersParties() {
        String jane = create(JANE);
        String acme = create(ACME);
        String other = "t-" + UUID.randomUUID();

        assertThat(this.api.get(other, "/api/v1/parties/" + jane).status()).isEqualTo(404);
        assertThat(ids(this.api.get(other, "/api/v1/parties?name=jane"))).isEmpty();
        assertThat(ids(this.api.get(other, "/api/v1/parties?email=jane.doe@acme.com")))
                .isEmpty();
        assertThat(this.api
                        .post(
                                other,
                                "/api/v1/parties/" + jane + "/relationships",
                                "{\"type\": \"OWNER_OF\", \"targetId\": \"" + acme + "\"}")
                        .status())
                .isEqualTo(404);

        // The same email in another tenant is another tenant's contact point, not a shared one.
        String otherJane = this.api.post(other, "/api/v1/parties", JANE).text("/party/id");
        assertThat(ids(this.api.get(this.tenant, "/api/v1/parties?email=jane.doe@acme.com")))
                .containsExactly(jane);
        assertThat(ids(this.api.get(other, "/api/v1/parties?email=jane.doe@acme.com")))
                .containsExactly(otherJane);
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("errors"))
                .as(response.body().toString())
                .extracting(error -> error.get("field").asString())
                .contains(field);
    }

    private static java.util.List<String> ids(Response search) {
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        return search.body()
                .get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }
}
