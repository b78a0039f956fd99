package com.partygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.EmbeddedApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a newcomer opens after start-up: API description, health, Neo4j Browser. */
@EmbeddedApplicationTest
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
}
