package com.partygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Application;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code partygraph.neo4j.uri} set the application starts no database of its own, migrates the
 * external one and keeps its parties there.
 */
abstract class AbstractExternalNeo4jTests {

    abstract String boltUri();

    abstract String password();

    @Test
    void usesTheExternalServerInsteadOfAnEmbeddedOne() {
        String id;
        try (ConfigurableApplicationContext context = Application.start(
                "--partygraph.neo4j.uri=" + boltUri(),
                "--partygraph.neo4j.username=neo4j",
                "--partygraph.neo4j.password=" + password())) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            Api api = Application.api(context);
            id = api.post("acme", "/api/v1/parties", "{\"kind\": \"ORGANIZATION\", \"legalName\": \"Globex LLC\"}")
                    .text("/party/id");
            assertThat(api.get("acme", "/api/v1/parties/" + id).text("/party/displayName"))
                    .isEqualTo("Globex LLC");
            assertThat(api.get(null, "/actuator/health").text("/components/neo4j/status"))
                    .isEqualTo("UP");
            java.net.URI bolt = java.net.URI.create(boltUri());
            String host = "127.0.0.1".equals(bolt.getHost()) ? "localhost" : bolt.getHost();
            assertThat(api.get(null, "/browser/").location())
                    .endsWith("?connectURL=" + bolt.getScheme() + "://" + host + ":" + bolt.getPort())
                    .as("the external server asks for credentials")
                    .doesNotContain("NO_AUTH");
        }

        // Read straight from the external server, not through the application.
        try (var driver = GraphDatabase.driver(boltUri(), AuthTokens.basic("neo4j", password()));
                var session = driver.session()) {
            var party = session.run(
                            "MATCH (p:Party:Organization {tenant: 'acme', id: $id}) RETURN p.normalizedName AS name",
                            java.util.Map.of("id", id))
                    .single();
            assertThat(party.get("name").asString()).isEqualTo("globex");
            assertThat(session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(com.partygraph.support.Migrations.count());
        }
    }
}
