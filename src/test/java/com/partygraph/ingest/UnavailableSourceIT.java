package com.partygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.support.Api;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A source database that cannot be reached fails that source, not the application. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partygraph.neo4j.embedded.bolt-port=0",
            "partygraph.neo4j.embedded.directory=target/it-unavailable/${random.uuid}/neo4j",
            "partygraph.ingest.state-directory=target/it-unavailable/${random.uuid}/state"
        })
class UnavailableSourceIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void closedPort(DynamicPropertyRegistry registry) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int port = closed;
        // A list binds from one property source: the whole source entry is given here.
        registry.add("partygraph.ingest.sources[0].name", () -> "demo");
        registry.add("partygraph.ingest.sources[0].host", () -> "127.0.0.1");
        registry.add("partygraph.ingest.sources[0].port", () -> port);
        registry.add("partygraph.ingest.sources[0].database", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].username", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].password", () -> "postgres");
        registry.add("partygraph.ingest.sources[0].mapping", () -> "import/mapping.yaml");
    }

    @Test
    void theApplicationServesAndTheSourceSaysWhyItFailed() {
        Api api = new Api(this.port);

        var status = api.get(null, "/api/v1/ingestion").body().get(0);
        assertThat(status.get("state").asString()).isEqualTo("FAILED");
        assertThat(status.get("failure").asString()).contains("Cannot read the tables of source demo");
        assertThat(api.get(null, "/actuator/health").text("/components/ingestion/status"))
                .isEqualTo("DOWN");
        assertThat(api.post(null, "/api/v1/ingestion/sources/demo/run", "").status())
                .as("retried on request")
                .isEqualTo(202);
        assertThat(api.get("acme", "/api/v1/roles").status()).isEqualTo(200);
    }
}
