package com.partygraph.graph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.neo4j.*}: where the graph lives.
 *
 * @param uri external server or cluster ({@code bolt://} or {@code neo4j://}); null or blank runs the
 * embedded database
 * @param username user for the external server
 * @param password password for the external server; take it from an environment variable
 * @param embedded settings of the embedded database, ignored when {@code uri} is set
 */
@ConfigurationProperties("partygraph.neo4j")
public record Neo4jSettings(
        URI uri,
        @DefaultValue("neo4j") String username,
        String password,
        @DefaultValue Embedded embedded) {

    /** Whether the application starts its own database. */
    public boolean isEmbedded() {
        return this.uri == null || this.uri.toString().isBlank();
    }

    /**
     * The embedded database.
     *
     * @param directory Neo4j home; data under it is kept across restarts
     * @param listenAddress address the Bolt connector binds to
     * @param boltPort Bolt port; 0 picks a free port
     * @param pageCache page cache size, Neo4j syntax ({@code 512m})
     * @param transactionLogRetention how many transaction logs to keep, Neo4j syntax ({@code 100M size})
     * @param transactionLogSize size at which a transaction log file is rotated, and to which a new one is
     * preallocated ({@code 16m}; Neo4j's own default, 256 MiB, makes a 91-row demo graph take 517 MB)
     * @param checkpointVolume how much transaction log is written between two checkpoints ({@code 256m}; Neo4j's
     * {@code db.checkpoint=VOLUME}): Neo4j's own periodic policy checkpoints every 15 minutes, so a large snapshot kept
     * every log it wrote until then (6.8 GB beside a 4.6 GB store after a 1M-row snapshot), however small the
     * retention, and a crash in that time would replay them all at the next start
     * @param password the administrator's ({@code neo4j}) password for Neo4j Browser, at least 8 characters;
     * none makes one at the first start and prints it once
     * @param replanInterval the least time before a statement's cached plan may be made again because the graph's
     * statistics changed (Neo4j's {@code dbms.cypher.min_replan_interval}, 10 s, kept as the default): a longer one (5
     * minutes was tried) spares a growing graph's bursts some planning but keeps plans made on an empty graph, which
     * made the first minutes of a large load up to 50 times slower (GraphCeilingBenchmark: ingest-edge-assert 2,326 µs
     * a row against 45)
     * @param parameterSizePlans whether a statement is planned again for each size class of its list parameters
     * (Neo4j's internal {@code internal.cypher.use_parameter_size}, on by default): batches of 1 to 2,048 rows made
     * the same statements be planned over and over
     * @param config any other Neo4j setting by its own name, set as given
     * ({@code partygraph.neo4j.embedded.config[db.logs.query.threshold]=0s}); applied last, so it also overrides
     * the ones above
     */
    public record Embedded(
            @DefaultValue("data/neo4j") Path directory,
            @DefaultValue("127.0.0.1") String listenAddress,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("256m") String pageCache,
            @DefaultValue("100M size") String transactionLogRetention,
            @DefaultValue("16m") String transactionLogSize,
            @DefaultValue("256m") String checkpointVolume,
            String password,
            @DefaultValue("10s") java.time.Duration replanInterval,
            @DefaultValue("false") boolean parameterSizePlans,
            java.util.Map<String, String> config) {

        public Embedded {
            config = config == null ? java.util.Map.of() : java.util.Map.copyOf(config);
        }
    }
}
