package com.partygraph.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The Debezium engine's configuration for a source: the connector, where offsets are kept, which
 * tables, heartbeats, batch sizes and how values arrive. PostgreSQL (pgoutput) for now; a MySQL or
 * MariaDB source adds its own method here, the rest of ingestion reads rows the same way
 * ({@link ConnectRows}, {@link SourceSchema}).
 */
final class ConnectorProperties {

    private ConnectorProperties() {}

    /** A PostgreSQL source read through pgoutput, with a slot and publication named after it. */
    static Properties postgres(IngestSettings.Source source, Path offsets, List<String> tables) {
        Properties props = new Properties();
        props.setProperty("name", source.name());
        props.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        props.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        props.setProperty(
                "offset.storage.file.filename", offsets.toAbsolutePath().toString());
        props.setProperty("offset.flush.interval.ms", "1000");
        props.setProperty("database.hostname", source.host());
        props.setProperty("database.port", String.valueOf(source.port()));
        props.setProperty("database.user", source.username());
        props.setProperty("database.password", source.password() == null ? "" : source.password());
        props.setProperty("database.dbname", source.database());
        props.setProperty("topic.prefix", source.name());
        props.setProperty("plugin.name", "pgoutput");
        props.setProperty("slot.name", "partygraph_" + source.name().replaceAll("[^a-z0-9_]", "_"));
        props.setProperty("publication.name", "partygraph_" + source.name().replaceAll("[^a-z0-9_]", "_"));
        props.setProperty("publication.autocreate.mode", "filtered");
        props.setProperty(
                "table.include.list",
                String.join(
                        ",",
                        tables.stream()
                                .map(table -> source.schema() + "." + table)
                                .toList()));
        // A snapshot when there are no offsets, and again when the log no longer holds their position (the slot dropped
        // or made again, as after a failover or an upgrade): the tables are read again, and the records of rows deleted
        // in the meantime withdrawn at the snapshot's end (SnapshotReads), instead of failing on every start.
        // Debezium's offset.mismatch.strategy stays off: right after a snapshot the offset stands before the slot's
        // position with nothing captured in between, which its trust_offset refuses.
        props.setProperty("snapshot.mode", "when_needed");
        // A drained (scheduled) source must hear from a quiet database soon to know it caught up.
        long heartbeat = source.mode() == IngestSettings.Mode.SCHEDULED
                ? Math.min(1_000, source.heartbeatMs())
                : source.heartbeatMs();
        props.setProperty("heartbeat.interval.ms", String.valueOf(heartbeat));
        props.setProperty("poll.interval.ms", String.valueOf(source.pollIntervalMs()));
        props.setProperty("max.batch.size", String.valueOf(source.maxBatchSize()));
        props.setProperty("max.queue.size", String.valueOf(source.maxBatchSize() * 4));
        props.setProperty("decimal.handling.mode", "string");
        props.setProperty("time.precision.mode", "connect");
        props.setProperty("tombstones.on.delete", "false");
        props.setProperty("include.unknown.datatypes", "true");
        // A lost database connection fails the source at once, visibly; Ingestion starts it again after a delay.
        props.setProperty("errors.max.retries", "0");
        return props;
    }
}
