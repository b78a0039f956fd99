package com.partygraph.ingest.source.demo;

import com.partygraph.ingest.source.IngestSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (binaries from the Maven registry) on 127.0.0.1 with {@code wal_level=logical},
 * so the demo runs the same change data capture as a production source. On an empty data directory
 * it loads the SQL files of the import directory in name order. Closed after ingestion stops.
 * <p>
 * A run killed without closing it ({@code kill -9}) leaves its server running on the data directory: the
 * next start finds it by the directory's {@code postmaster.pid} and an owner file beside the directory
 * naming the process that started it, stops it when that process is gone, and starts its own. A server
 * another live process owns, or a start that fails, stops the start with an error saying what to do;
 * a server that answers on the port but keeps another data directory is refused too.
 */
public final class DemoPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoPostgres.class);

    private final EmbeddedPostgres postgres;

    private final IngestSettings.Demo settings;

    public DemoPostgres(IngestSettings.Demo settings) {
        this.settings = settings;
        try {
            Path directory = settings.directory().toAbsolutePath();
            Files.createDirectories(directory);
            StaleServer.stopIfLeftBehind(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            this.postgres = builder.setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_wal_senders", "10")
                    .setServerConfig("max_replication_slots", "10")
                    // Commit-to-stream latency: flush WAL at commit rather than in the background.
                    .setServerConfig("synchronous_commit", "on")
                    .setRegisterShutdownHook(false)
                    .start();
            StaleServer.claim(directory);
            verifyDataDirectory(directory);
            seedIfEmpty(settings.importDirectory());
            log.info(
                    "Demo PostgreSQL on 127.0.0.1:{} (data in {}); psql -h 127.0.0.1 -p {} -U postgres",
                    port(),
                    directory,
                    port());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot start the demo PostgreSQL", ex);
        }
    }

    /** The port it listens on (a free one when 0 was configured). */
    public int port() {
        return this.postgres.getPort();
    }

    /** The demo database as the source {@code demo}, read with the import directory's mapping.yaml. */
    public IngestSettings.Source source() {
        return this.settings.asSource(port());
    }

    /** A JDBC connection as the superuser, for tools and tests. */
    public Connection connection() throws SQLException {
        return this.postgres.getPostgresDatabase().getConnection();
    }

    /** The server that answered is the one started on the directory, not another on the same port. */
    private void verifyDataDirectory(Path directory) throws IOException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            var result = statement.executeQuery("SHOW data_directory");
            result.next();
            Path served = Path.of(result.getString(1)).toRealPath();
            if (!served.equals(directory.toRealPath())) {
                this.postgres.close();
                throw new IllegalStateException("Port " + port() + " is served by another PostgreSQL (data in " + served
                        + "), not the demo's (" + directory + "): stop it or set partygraph.ingest.demo.port");
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("The demo PostgreSQL started but does not answer: " + ex.getMessage(), ex);
        }
    }

    private void seedIfEmpty(Path importDirectory) throws IOException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            var tables = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
            tables.next();
            if (tables.getInt(1) > 0) {
                return;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(importDirectory)) {
                files = listing.filter(path -> path.toString().endsWith(".sql"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                statement.execute(Files.readString(file));
                log.info("Loaded {} into the demo PostgreSQL", file);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot load " + importDirectory + " into the demo PostgreSQL: " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close() throws IOException {
        this.postgres.close();
        StaleServer.release(this.settings.directory().toAbsolutePath());
    }
}
