package com.partygraph.ingest.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.ingest.*}: the sources to read and where ingestion keeps its state.
 *
 * @param enabled whether any source is read at all
 * @param stateDirectory where connector offsets are kept across restarts
 * @param demo the embedded demo PostgreSQL, used as the source {@code demo} when no source is configured
 * @param sources the relational sources to read
 * @param restartDelay how long a continuous source that failed (its database or the graph unreachable, the disk
 * under the graph too full) waits before it is started again, for as long as it keeps failing
 * @param minFreeDisk the free space the disk under an embedded graph must keep: below it no batch is written and
 * the source fails until there is room again
 * @param writers how many graph transactions a snapshot batch (or a backlog of streamed changes) is written in at the
 * same time; 0 means one per processor of this machine
 * @param streamedPartsFrom how many streamed changes a batch must hold to be written in parts on the writers at the
 * same time (a backlog: after a restart, or when changes come faster than one writer applies them); smaller batches
 * are written in one transaction; 0 never splits them
 * @param warmUp whether ingestion's statements are planned in the background ({@code StatementWarmUp}): once sources
 * read before start again, so that the first changes after a restart do not wait for Cypher to plan them (a first
 * start's snapshot plans its own), and whenever the sources go quiet after writing ({@code PlanKeeper}): right away,
 * for the statements the writes did not use, and once more when the plans they made may have gone stale
 */
@ConfigurationProperties("partygraph.ingest")
public record IngestSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/ingest") Path stateDirectory,
        @DefaultValue Demo demo,
        List<Source> sources,
        @DefaultValue("0") int writers,
        @DefaultValue("512") int streamedPartsFrom,
        @DefaultValue("5s") java.time.Duration restartDelay,
        @DefaultValue("512MB") org.springframework.util.unit.DataSize minFreeDisk,
        @DefaultValue("true") boolean warmUp) {

    /** The writers to use: as configured, or one per processor. */
    public int writerThreads() {
        return this.writers > 0 ? this.writers : Runtime.getRuntime().availableProcessors();
    }

    /** Whether sources are configured; without any, the demo database is the source. */
    public boolean hasSources() {
        return this.sources != null && !this.sources.isEmpty();
    }

    /**
     * The embedded demo PostgreSQL.
     *
     * @param enabled start it (only when no source is configured)
     * @param port its port on 127.0.0.1; 0 picks a free one
     * @param directory its data directory; kept across restarts
     * @param importDirectory SQL files loaded in name order into an empty database, and mapping.yaml
     */
    public record Demo(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5433") int port,
            @DefaultValue("data/demo-postgres") Path directory,
            @DefaultValue("import") Path importDirectory) {

        /** The demo database, listening on {@code port}, as the source {@code demo}. */
        public Source asSource(int port) {
            return new Source(
                    "demo",
                    "127.0.0.1",
                    port,
                    "postgres",
                    "postgres",
                    "postgres",
                    "public",
                    this.importDirectory.resolve("mapping.yaml"),
                    Mode.CONTINUOUS,
                    null,
                    100,
                    10_000,
                    2048);
        }
    }

    /**
     * One relational source read by change data capture (PostgreSQL with logical replication).
     *
     * @param name unique name; it becomes the {@code source} of every source record
     * @param mapping the mapping file
     * @param mode continuous, or scheduled (drain to the current position, then stop) on {@code cron}
     * @param cron Spring cron expression for scheduled mode
     * @param pollIntervalMs how long the connector waits for new changes
     * @param heartbeatMs heartbeat interval, so the replication slot advances on quiet databases
     * @param maxBatchSize changes applied per graph transaction at most
     */
    public record Source(
            String name,
            String host,
            @DefaultValue("5432") int port,
            String database,
            String username,
            String password,
            @DefaultValue("public") String schema,
            Path mapping,
            @DefaultValue("continuous") Mode mode,
            String cron,
            @DefaultValue("100") long pollIntervalMs,
            @DefaultValue("10000") long heartbeatMs,
            @DefaultValue("2048") int maxBatchSize) {

        public Source {
            List<String> missing = new ArrayList<>();
            if (name == null || name.isBlank()) {
                missing.add("name");
            }
            if (host == null || host.isBlank()) {
                missing.add("host");
            }
            if (database == null || database.isBlank()) {
                missing.add("database");
            }
            if (username == null || username.isBlank()) {
                missing.add("username");
            }
            if (mapping == null) {
                missing.add("mapping");
            }
            if (mode == Mode.SCHEDULED && (cron == null || cron.isBlank())) {
                missing.add("cron (a scheduled source needs one)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "partygraph.ingest.sources entry '" + name + "' lacks " + String.join(", ", missing));
            }
        }
    }

    /** When a source is read. */
    public enum Mode {
        CONTINUOUS,
        SCHEDULED
    }
}
