package com.partygraph.graph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.support.DirectorySize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Transaction;

/**
 * A large load keeps the transaction logs near their retention while it writes: a checkpoint follows each so much log
 * written ({@code checkpoint-volume}), after which the logs it no longer needs are pruned. (Neo4j's own policy
 * checkpoints every 15 minutes: a 1M-row snapshot left 6.8 GB of logs, which a crash would have replayed at the next
 * start.)
 */
class TransactionLogsIT {

    private static final long MIB = 1 << 20;

    @Test
    void aLoadOfManyTimesTheRetentionLeavesLogsNearTheRetention() {
        Path home = Path.of("target/transaction-logs", UUID.randomUUID().toString());
        var settings = new Neo4jSettings.Embedded(
                home, "127.0.0.1", 0, "64m", "2M size", "1m", "2m", null, Duration.ofSeconds(10), false, Map.of());
        try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(settings)) {
            Path logs = home.resolve("data/transactions/neo4j");
            // About 40 MiB of log: twenty times the retention, in transactions of about 1 MiB.
            String text = "x".repeat(1_000);
            for (int i = 0; i < 40; i++) {
                try (Transaction tx = neo4j.database().beginTx()) {
                    tx.execute(
                            "UNWIND range(1, 1000) AS n CREATE (:Filler {batch: $batch, n: n, text: $text})",
                            Map.of("batch", i, "text", text));
                    tx.commit();
                }
            }
            try (Transaction tx = neo4j.database().beginTx()) {
                assertThat(tx.execute("MATCH (f:Filler) RETURN count(f) AS n")
                                .<Long>columnAs("n")
                                .next())
                        .isEqualTo(40_000L);
            }
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(DirectorySize.bytes(logs))
                            .as("bytes of transaction log after writing about 40 MiB with a retention of 2 MiB")
                            .isLessThan(12 * MIB));
        }
    }
}
