package com.partygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A scheduled source drains to the source's current position and stops; a REST call runs it now. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partygraph.neo4j.embedded.bolt-port=0",
            "partygraph.neo4j.embedded.directory=target/it-scheduled/${random.uuid}/neo4j",
            "partygraph.ingest.state-directory=target/it-scheduled/${random.uuid}/state"
        })
class ScheduledSourceIT {

    private static final DemoPostgres postgres = new DemoPostgres(new com.partygraph.ingest.source.IngestSettings.Demo(
            true, 0, Path.of("target/it-scheduled/" + UUID.randomUUID() + "/postgres"), Path.of("import")));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void source(DynamicPropertyRegistry registry) {
        registry.add("partygraph.ingest.sources[0].name", () -> "demo");
        registry.add("partygraph.ingest.sources[0].host", () -> "127.0.0.1");
        registry.add("partygraph.ingest.sources[0].port", postgres::port);
        registry.add("partygraph.ingest.sources[0].database", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].username", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].password", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].mapping", () -> "import/mapping.yaml");
        registry.add("partygraph.ingest.sources[0].mode", () -> "scheduled");
        // Once a year: within the test only the REST call runs it.
        registry.add("partygraph.ingest.sources[0].cron", () -> "0 0 3 1 1 *");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void runNowDrainsTheSourceAndStops() throws Exception {
        Api api = new Api(this.port);
        assertThat(api.get(null, "/api/v1/ingestion").text("/0/state")).isEqualTo("STOPPED");
        assertThat(api.get("business-1", "/api/v1/parties?email=jane.doe@acmerobotics.com")
                        .body()
                        .get("items"))
                .as("nothing is read before the schedule or a run")
                .isEmpty();

        Response run = api.post(null, "/api/v1/ingestion/sources/demo/run", "");
        assertThat(run.status()).isEqualTo(202);
        Response again = api.post(null, "/api/v1/ingestion/sources/demo/run", "");
        assertThat(again.status()).as("already running").isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
        assertThat(again.body().get("detail").asString()).isEqualTo("Source demo is running already");

        await().atMost(Duration.ofSeconds(90))
                .until(() -> "STOPPED".equals(api.get(null, "/api/v1/ingestion").text("/0/state")));
        assertThat(api.get("business-1", "/api/v1/parties?email=jane.doe@acmerobotics.com")
                        .body()
                        .get("items"))
                .hasSize(1);
        assertThat(api.get(null, "/api/v1/ingestion")
                        .body()
                        .at("/0/snapshot/rowsDone")
                        .asLong())
                .isGreaterThanOrEqualTo(90);

        // A change made while the source is stopped arrives with the next run, not before.
        try (var connection = postgres.connection();
                var statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Later', 'Row', 'later@example.com')");
        }
        Thread.sleep(1500);
        assertThat(api.get("business-1", "/api/v1/parties?email=later@example.com")
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.post(null, "/api/v1/ingestion/sources/demo/run", "").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !api.get("business-1", "/api/v1/parties?email=later@example.com")
                        .body()
                        .get("items")
                        .isEmpty());
        assertThat(api.post(null, "/api/v1/ingestion/sources/nope/run", "").status())
                .isEqualTo(404);
    }
}
