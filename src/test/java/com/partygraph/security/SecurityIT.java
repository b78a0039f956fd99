package com.partygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.EmbeddedApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what: every endpoint of the OpenAPI document, with no key, a wrong key, a revoked key and
 * each role; one tenant's key against another tenant's data; the graph's own Bolt door.
 */
@EmbeddedApplicationTest
class SecurityIT {

    private static final String PERSON = """
			{"kind": "PERSON", "givenName": "Ada", "familyName": "Quill", "emails": ["ada@quill.example"]}""";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    private Api admin;

    private String tenant;

    @BeforeEach
    void newTenant() {
        this.admin = new Api(this.port);
        this.tenant = "t-" + UUID.randomUUID();
    }

    private String key(String tenant, String role) {
        Response created = this.admin.post(
                tenant, "/api/v1/keys", "{\"role\": \"" + role + "\", \"name\": \"" + role + " of " + tenant + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/key");
    }

    @Test
    void everyEndpointAnswersOnlyAKeyWhoseRoleAllowsIt() {
        Map<String, String> keys = Map.of(
                "reader",
                key(this.tenant, "reader"),
                "steward",
                key(this.tenant, "steward"),
                "admin",
                key(this.tenant, "admin"));
        String revoked = key(this.tenant, "admin");
        String revokedId = this.admin
                .get(this.tenant, "/api/v1/keys")
                .body()
                .valueStream()
                .filter(k -> k.get("name").asString().startsWith("admin"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .get("id")
                .asString();
        assertThat(this.admin
                        .post(this.tenant, "/api/v1/keys/" + revokedId + "/revoke", "{}")
                        .status())
                .isEqualTo(200);

        JsonNode paths = this.admin.as(null).get(null, "/v3/api-docs").body().get("paths");
        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                String concrete = path.replaceAll("\\{[^}]+}", "0123456789abcdef");
                String needed = path.startsWith("/api/v1/ingestion")
                        ? "operator"
                        : path.startsWith("/api/v1/keys") ? "admin" : method.equals("get") ? "reader" : "steward";
                // No key, a malformed one, a well-formed unknown one, a revoked one.
                for (String wrong : new String[] {null, "x", "pg_not-a-key-at-all-0123456789", revoked}) {
                    Response answer = call(this.admin.as(wrong), null, method, concrete);
                    assertThat(answer.status())
                            .as("%s %s with key %s", method, path, wrong)
                            .isEqualTo(401);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                }
                List<String> roles = List.of("reader", "steward", "admin", "operator");
                for (String role : roles) {
                    // The operator on this test's tenant, as the others are.
                    Response answer = role.equals("operator")
                            ? call(this.admin, this.tenant, method, concrete)
                            : call(this.admin.as(keys.get(role)), null, method, concrete);
                    if (roles.indexOf(role) < roles.indexOf(needed)) {
                        assertThat(answer.status())
                                .as("%s %s as %s", method, path, role)
                                .isEqualTo(403);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    } else {
                        assertThat(answer.status())
                                .as("%s %s as %s: %s", method, path, role, answer)
                                .isNotIn(401, 403)
                                .isLessThan(500);
                    }
                }
                checked.add(method + " " + path);
            }
        }
        assertThat(checked)
                .contains(
                        "get /api/v1/parties/{id}",
                        "post /api/v1/parties",
                        "post /api/v1/keys",
                        "get /api/v1/ingestion");
    }

    private static Response call(Api api, String tenant, String method, String path) {
        return switch (method) {
            case "get" -> api.get(tenant, path);
            case "delete" -> api.delete(tenant, path);
            case "patch" -> api.patch(tenant, path, "{}");
            default -> api.post(tenant, path, "{}");
        };
    }

    @Test
    void aKeyReadsItsOwnTenantOnlyAndOnlyTheOperatorMayNameAnother() {
        String other = "t-" + UUID.randomUUID();
        String id = this.admin.post(other, "/api/v1/parties", PERSON).text("/party/id");
        Api reader = this.admin.as(key(this.tenant, "reader"));

        assertThat(reader.get(null, "/api/v1/parties/" + id).status()).isEqualTo(404);
        Response named = reader.get(other, "/api/v1/parties/" + id);
        assertThat(named.status()).isEqualTo(403);
        assertThat(named.text("/detail")).contains("Only an operator key may act on another tenant");
        Api admin = this.admin.as(key(this.tenant, "admin"));
        assertThat(admin.get(other, "/api/v1/parties/" + id).status())
                .as("a tenant's admin is not another tenant's")
                .isEqualTo(403);
        assertThat(this.admin.get(other, "/api/v1/parties/" + id).status()).isEqualTo(200);
        assertThat(this.admin
                        .as(key(other, "reader"))
                        .get(null, "/api/v1/parties/" + id)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void everyEndpointOfAPartyAnswers404ForAnotherTenantsParty() {
        String other = "t-" + UUID.randomUUID();
        String id = this.admin.post(other, "/api/v1/parties", PERSON).text("/party/id");
        Api steward = this.admin.as(key(this.tenant, "steward"));
        JsonNode paths = this.admin.as(null).get(null, "/v3/api-docs").body().get("paths");
        String own = steward.post(null, "/api/v1/parties", PERSON).text("/party/id");
        // A valid body for each POST on a party, so that only the party's tenant can make it fail; a new POST
        // endpoint fails here until it is given one.
        java.util.Map<String, String> bodies = java.util.Map.of(
                "/api/v1/parties/{id}/erasure",
                "",
                "/api/v1/parties/{id}/relationships",
                "{\"type\": \"EMPLOYEE_OF\", \"targetId\": \"" + own + "\"}",
                "/api/v1/parties/{id}/merge",
                "{\"partyId\": \"" + own + "\"}",
                "/api/v1/parties/{id}/unmerge",
                "",
                "/api/v1/parties/{id}/records",
                "{\"source\": \"steward\", \"table\": \"party\", \"key\": \"" + own + "\"}");
        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.contains("{id}") || !path.startsWith("/api/v1/parties")) {
                continue;
            }
            String concrete = path.replace("{id}", id).replaceAll("\\{[^}]+}", "x");
            if (paths.get(path).has("get")) {
                assertThat(steward.get(null, concrete).status())
                        .as("GET %s", path)
                        .isEqualTo(404);
                checked.add("GET " + path);
            }
            if (paths.get(path).has("post")) {
                assertThat(bodies).as("a valid body for POST %s", path).containsKey(path);
                assertThat(steward.post(null, concrete, bodies.get(path)).status())
                        .as("POST %s", path)
                        .isEqualTo(404);
                checked.add("POST " + path);
            }
            if (paths.get(path).has("patch")) {
                String body = path.endsWith("{relationshipId}")
                        ? "{\"endDate\": \"2026-01-01\"}"
                        : "{\"displayName\": \"X\"}";
                assertThat(steward.patch(null, concrete, body).status())
                        .as("PATCH %s", path)
                        .isEqualTo(404);
                checked.add("PATCH " + path);
            }
            if (paths.get(path).has("delete")) {
                assertThat(steward.delete(null, concrete).status())
                        .as("DELETE %s", path)
                        .isEqualTo(404);
                checked.add("DELETE " + path);
            }
        }
        assertThat(steward.get(null, "/api/v1/paths?from=" + id + "&to=" + own).status())
                .isEqualTo(404);
        assertThat(steward.get(null, "/api/v1/paths?from=" + own + "&to=" + id).status())
                .isEqualTo(404);
        assertThat(steward.get(null, "/api/v1/parties/" + own + "/context?with=" + id)
                        .status())
                .as("a relationship with another tenant's party")
                .isEqualTo(404);
        assertThat(checked)
                .contains(
                        "GET /api/v1/parties/{id}",
                        "GET /api/v1/parties/{id}/360",
                        "GET /api/v1/parties/{id}/neighbourhood",
                        "GET /api/v1/parties/{id}/context",
                        "GET /api/v1/parties/{id}/timeline",
                        "GET /api/v1/parties/{id}/connectors",
                        "POST /api/v1/parties/{id}/relationships",
                        "POST /api/v1/parties/{id}/erasure",
                        "POST /api/v1/parties/{id}/merge",
                        "POST /api/v1/parties/{id}/unmerge",
                        "POST /api/v1/parties/{id}/records",
                        "DELETE /api/v1/parties/{id}/records/{source}/{table}/{key}",
                        "PATCH /api/v1/parties/{id}",
                        "PATCH /api/v1/parties/{id}/relationships/{relationshipId}",
                        "DELETE /api/v1/parties/{id}/relationships/{relationshipId}");
    }

    @Test
    void aKeyIsShownOnceListedWithoutSecretAndRecordedAsWhoDidSomething() {
        Response created =
                this.admin.post(this.tenant, "/api/v1/keys", "{\"role\": \"steward\", \"name\": \"crm steward\"}");
        String key = created.text("/key");
        String id = created.text("/id");
        assertThat(key).startsWith("pg_").hasSizeGreaterThan(40);

        Response party = this.admin.as(key).post(null, "/api/v1/parties", PERSON);
        assertThat(party.status()).isEqualTo(201);
        assertThat(party.text("/party/sync/updatedBy")).isEqualTo("key:crm steward/" + id);

        JsonNode listed = this.admin.get(this.tenant, "/api/v1/keys").body();
        assertThat(listed.toString()).doesNotContain(key).doesNotContain("hash");
        JsonNode mine = listed.valueStream()
                .filter(k -> k.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("role").asString()).isEqualTo("steward");
        assertThat(mine.get("lastUsedAt").isNull()).as("last used is kept").isFalse();
    }

    @Test
    void anAdminManagesItsOwnTenantsKeysAndNothingOfTheInstallation() {
        String other = "t-" + UUID.randomUUID();
        String othersKeyId = this.admin
                .post(other, "/api/v1/keys", "{\"role\": \"reader\", \"name\": \"other's reader\"}")
                .text("/id");
        Api admin = this.admin.as(key(this.tenant, "admin"));

        Response made = admin.post(null, "/api/v1/keys", "{\"role\": \"admin\", \"name\": \"second admin\"}");
        assertThat(made.status()).isEqualTo(201);
        Response located = admin.get(null, made.location());
        assertThat(located.status()).as("the Location of a new key answers").isEqualTo(200);
        assertThat(located.text("/name")).isEqualTo("second admin");
        assertThat(located.body().has("key"))
                .as("the key itself is shown once only")
                .isFalse();

        assertThat(admin.post(other, "/api/v1/keys", "{\"role\": \"admin\", \"name\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.get(other, "/api/v1/keys").status()).isEqualTo(403);
        assertThat(admin.post(null, "/api/v1/keys/" + othersKeyId + "/revoke", "{}")
                        .status())
                .as("another tenant's key is not there")
                .isEqualTo(404);
        Response operator = admin.post(null, "/api/v1/keys", "{\"role\": \"operator\", \"name\": \"x\"}");
        assertThat(operator.status()).isEqualTo(400);
        assertThat(operator.text("/detail")).contains("role");
        for (String path : List.of("/api/v1/ingestion", "/actuator/metrics")) {
            assertThat(admin.get(null, path).status()).as(path).isEqualTo(403);
        }

        // In the operator key's own tenant, its admin neither sees nor revokes the operator key.
        String operatorsTenant = "business-1";
        String operatorKeyId = this.admin
                .get(operatorsTenant, "/api/v1/keys")
                .body()
                .valueStream()
                .filter(k -> k.get("role").asString().equals("operator"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        Api localAdmin = this.admin.as(key(operatorsTenant, "admin"));
        assertThat(localAdmin
                        .get(null, "/api/v1/keys")
                        .body()
                        .valueStream()
                        .map(k -> k.get("role").asString()))
                .doesNotContain("operator");
        assertThat(localAdmin
                        .post(null, "/api/v1/keys/" + operatorKeyId + "/revoke", "{}")
                        .status())
                .isEqualTo(404);
        JsonNode revokedAt =
                this.admin.get(null, "/api/v1/keys/" + operatorKeyId).body().path("revokedAt");
        assertThat(revokedAt.isNull() || revokedAt.isMissingNode())
                .as("the operator key is live")
                .isTrue();
    }

    @Test
    void secretsStayClosed() {
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(this.admin.get(null, path).status()).as(path).isEqualTo(404);
        }
        assertThat(this.admin
                        .as(key(this.tenant, "steward"))
                        .get(null, "/actuator/metrics")
                        .status())
                .isEqualTo(403);
        assertThat(this.admin.get(null, "/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void embeddedBoltRefusesAConnectionWithoutThePassword() {
        for (var auth : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"))) {
            try (var driver = GraphDatabase.driver(this.neo4j.boltUri(), auth)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        // The configured administrator password (src/test/resources/config/application.yaml) opens it.
        try (var driver =
                GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.basic("neo4j", "test-suite-neo4j-password"))) {
            driver.verifyConnectivity();
        }
    }
}
