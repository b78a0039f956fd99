package com.partygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its data in its directory, and a restart neither loses nor re-migrates it. */
class RestartIT {

    @TempDir
    Path directory;

    @Test
    void partiesAndSchemaSurviveARestart() {
        String[] arguments = {
            "--partygraph.neo4j.embedded.bolt-port=0",
            "--partygraph.neo4j.embedded.directory=" + this.directory.resolve("neo4j")
        };
        String id;
        String history;
        try (ConfigurableApplicationContext first = Application.start(arguments)) {
            Api api = Application.api(first);
            id = api.post(
                            "acme",
                            "/api/v1/parties",
                            "{\"kind\": \"PERSON\", \"givenName\": \"Ada\", \"emails\": [\"ada@acme.com\"]}")
                    .text("/party/id");
            history = migrationHistory(first);
            assertThat(history).contains("V1 ", "V2 ", "V3 ", "V4 ");
        }
        assertThat(Files.exists(this.directory.resolve("neo4j/data/databases/neo4j")))
                .isTrue();

        try (ConfigurableApplicationContext second = Application.start(arguments)) {
            Api api = Application.api(second);
            assertThat(api.get("acme", "/api/v1/parties/" + id).text("/party/displayName"))
                    .isEqualTo("Ada");
            assertThat(api.get("acme", "/api/v1/parties?email=ada@acme.com").text("/items/0/id"))
                    .isEqualTo(id);
            assertThat(migrationHistory(second))
                    .as("migrations not applied again")
                    .isEqualTo(history);
        }
    }

    private static String migrationHistory(ConfigurableApplicationContext context) {
        var database = context.getBean(EmbeddedNeo4j.class).database();
        return database.executeTransactionally(
                "MATCH (m:SchemaMigration) RETURN 'V' + m.version + ' ' + m.checksum + ' ' + toString(m.appliedAt) AS line ORDER BY m.version",
                java.util.Map.of(),
                result -> result.stream()
                        .map(row -> (String) row.get("line"))
                        .toList()
                        .toString());
    }
}
