package com.partygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.support.Api;
import com.partygraph.support.Application;
import com.partygraph.support.DemoDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The disk under the embedded graph fuller than the floor ({@code partygraph.ingest.min-free-disk}, here set above
 * the free space this disk has): the source fails with the figures, health is down, the graph holds nothing of the
 * refused batches, and the source keeps trying; with room again (the floor back to normal) everything arrives.
 */
class GraphDiskIT {

    @Test
    void aDiskTooFullForTheGraphStopsTheSourceWithTheFiguresAndNothingHalfWritten() {
        Path directory = Path.of("target/graph-disk", UUID.randomUUID().toString());
        List<String> arguments = List.of(
                "--partygraph.neo4j.embedded.bolt-port=0",
                "--partygraph.neo4j.embedded.directory=" + directory.resolve("neo4j"),
                "--partygraph.ingest.demo.port=0",
                "--partygraph.ingest.demo.directory=" + directory.resolve("postgres"),
                "--partygraph.ingest.state-directory=" + directory.resolve("state"),
                "--partygraph.ingest.restart-delay=1s");
        try (ConfigurableApplicationContext app =
                Application.startWithIngestion(with(arguments, "--partygraph.ingest.min-free-disk=8000000TB"))) {
            Api api = Application.api(app);
            JsonNode source = await().atMost(Duration.ofMinutes(2))
                    .until(
                            () -> api.get(null, "/api/v1/ingestion").body().get(0),
                            s -> s.hasNonNull("failure")
                                    && s.get("failure").asString().contains("disk under the graph"));
            assertThat(source.get("state").asString()).isEqualTo("FAILED");
            assertThat(source.get("failure").asString())
                    .contains("free, under the floor of 8388608000000 MB (partygraph.ingest.min-free-disk)")
                    .contains("nothing of the batch was written");
            assertThat(api.get(null, "/actuator/health").status()).isEqualTo(503);
            // It tries again, and still writes nothing.
            await().pollDelay(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> true);
            EmbeddedNeo4j neo4j = app.getBean(EmbeddedNeo4j.class);
            assertThat(DemoDatabases.cypher(neo4j, """
					MATCH (n) WHERE n:SourceRecord OR n:Watermark OR n:SyncError OR (n:Party AND n.tenant STARTS WITH 'business-')
					RETURN count(n) AS n""", Map.of()).get(0).get("n"))
                    .as("nothing of the refused batches")
                    .isEqualTo(0L);
        }
        try (ConfigurableApplicationContext app = Application.startWithIngestion(arguments.toArray(String[]::new))) {
            Api api = Application.api(app);
            await().atMost(Duration.ofMinutes(2))
                    .until(
                            () -> api.get(null, "/api/v1/ingestion")
                                    .body()
                                    .get(0)
                                    .get("state")
                                    .asString(),
                            "STREAMING"::equals);
            assertThat(api.get("business-1", "/api/v1/reconciliation?source=demo")
                            .body()
                            .get("matches")
                            .asBoolean())
                    .isTrue();
            assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        }
    }

    private static String[] with(List<String> arguments, String more) {
        return java.util.stream.Stream.concat(arguments.stream(), java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }
}
