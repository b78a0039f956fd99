package com.partygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.EmbeddedApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** What a newcomer opens after start-up: API description, health, Neo4j Browser. */
@EmbeddedApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Test
    void openApiDocumentDescribesThePartyApiAndItsTenantHeader() {
        Response docs = new Api(this.port).get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames())
                .contains(
                        "/api/v1/parties",
                        "/api/v1/parties/{id}",
                        "/api/v1/parties/{id}/relationships",
                        "/api/v1/roles");
        assertThat(docs.body().at("/paths/~1api~1v1~1parties/get/parameters").toString())
                .contains("\"name\":\"X-Tenant-Id\",\"in\":\"header\"", "\"required\":false")
                .doesNotContain("\"name\":\"id\",\"in\":\"query\"");
        assertThat(new Api(this.port).get(null, "/swagger-ui/index.html").status())
                .isEqualTo(200);
    }

    @Test
    void healthIsUpForAnyoneAndItsDetailsAreTheOperators() {
        Response anonymous = new Api(this.port).as(null).get(null, "/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text("/status")).isEqualTo("UP");
        assertThat(anonymous.body().has("components"))
                .as("no details without a key")
                .isFalse();
        assertThat(new Api(this.port)
                        .as(null)
                        .get(null, "/actuator/health/liveness")
                        .text("/status"))
                .isEqualTo("UP");
        assertThat(new Api(this.port)
                        .as(null)
                        .get(null, "/actuator/health/readiness")
                        .text("/status"))
                .isEqualTo("UP");

        String admin = new Api(this.port)
                .post(null, "/api/v1/keys", "{\"role\": \"admin\", \"name\": \"a tenant's admin\"}")
                .text("/key");
        assertThat(new Api(this.port)
                        .as(admin)
                        .get(null, "/actuator/health")
                        .body()
                        .has("components"))
                .as("a tenant's admin sees no installation details")
                .isFalse();

        Response health = new Api(this.port).get(null, "/actuator/health");
        assertThat(health.text("/components/neo4j/status")).isEqualTo("UP");
        assertThat(health.text("/components/neo4j/details/edition")).isEqualTo("community");
    }

    @Test
    void browserOpensConnectedToTheEmbeddedBoltServer() {
        Api api = new Api(this.port);

        Response redirect = api.get(null, "/browser/");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location())
                .isEqualTo("/browser/index.html?connectURL=bolt://localhost:"
                        + this.neo4j.boltUri().getPort());
        assertThat(api.page(redirect.location())).contains("<title>Neo4j Browser</title>");
    }

    @Test
    void theOperatorReadsPrometheusMetricsAndARequestsLogLinesCarryItsId(CapturedOutput log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String id = "req-" + UUID.randomUUID();
        HttpResponse<String> made = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/keys"))
                        .header("Authorization", "Bearer " + Api.OPERATOR_KEY)
                        .header("X-Tenant-Id", "t-" + UUID.randomUUID())
                        .header("X-Request-Id", id)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"role\": \"admin\", \"name\": \"metrics\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.headers().firstValue("X-Request-Id")).contains(id);
        assertThat(log.getAll()).as("the request's log line").containsPattern("\\[" + id + "\\] .*API key .* stored");
        HttpResponse<String> unnamed = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
                        .header("X-Request-Id", "not a plain token")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unnamed.headers().firstValue("X-Request-Id"))
                .as("an id that is not a plain token is replaced")
                .get()
                .asString()
                .matches("[0-9a-f-]{36}");

        Api api = new Api(this.port);
        String metrics = api.text(Api.OPERATOR_TENANT, "/actuator/prometheus");
        assertThat(metrics)
                .contains(
                        "neo4j_page_cache_hits_total",
                        "neo4j_page_cache_hit_ratio",
                        "partygraph_review_open",
                        "http_server_requests_seconds_count",
                        "jvm_memory_used_bytes");
        String admin =
                JsonMapper.builder().build().readTree(made.body()).get("key").asString();
        assertThat(api.as(admin).get(null, "/actuator/prometheus").status())
                .as("a tenant's admin does not read the installation's metrics")
                .isEqualTo(403);
    }
}
