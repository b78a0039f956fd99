package com.partygraph.graph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.codec.digest.DigestUtils;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM with a Bolt connector, so the application (through the
 * driver) and Neo4j Browser talk to it as they would to a server. Bolt asks for credentials: the
 * administrator {@value #ADMIN} has the configured password, or one made at the first start and printed
 * that once (Neo4j keeps only its hash); the application connects as {@value #APPLICATION} with a password
 * made at the first start and kept owner-only beside the database files. Started by the constructor,
 * stopped by {@link #close()}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;

    static final String ADMIN = "neo4j";

    static final String APPLICATION = "partygraph";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI boltUri;

    private final String applicationPassword;

    private static final String CREDENTIALS = "partygraph-credentials.properties";

    private final Path home;

    public EmbeddedNeo4j(Neo4jSettings.Embedded settings) {
        Path home = settings.directory().toAbsolutePath();
        this.home = home;
        long started = System.nanoTime();
        this.dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(
                        BoltConnector.listen_address, new SocketAddress(settings.listenAddress(), settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt listens on loopback only by default; see README for exposing it.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                // Plans are made once for the statements ingestion runs over and over (see Neo4jSettings).
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, settings.replanInterval())
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, settings.parameterSizePlans())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, settings.transactionLogRetention())
                .setConfig(
                        GraphDatabaseSettings.logical_log_rotation_threshold,
                        ByteUnit.parse(settings.transactionLogSize()))
                // A checkpoint after each so much log written, not every 15 minutes: see Neo4jSettings.
                .setConfig(GraphDatabaseSettings.check_point_policy, GraphDatabaseSettings.CheckpointPolicy.VOLUME)
                .setConfig(
                        GraphDatabaseSettings.check_point_interval_volume, ByteUnit.parse(settings.checkpointVolume()))
                // Bolt's event loops otherwise wait 5 s each for quiet on shutdown (10 s a stop); the
                // application's own driver has closed its connections by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(parsed(settings.config()))
                .build();
        var port = ((GraphDatabaseAPI) database())
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        this.boltUri = URI.create("bolt://" + settings.listenAddress() + ":" + port.getPort());
        this.applicationPassword = users(home.resolve(CREDENTIALS), settings.password());
        log.info(
                "Embedded Neo4j started in {} ms at {} with data in {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                this.boltUri,
                home);
    }

    /** The directory the database keeps its files in. */
    public Path directory() {
        return this.home;
    }

    /**
     * The least time before a statement's plan may be made again because the graph's statistics moved, as the
     * database runs with it (set here, or in {@code config}).
     */
    public Duration replanInterval() {
        return ((GraphDatabaseAPI) database())
                .getDependencyResolver()
                .resolveDependency(Config.class)
                .get(GraphDatabaseSettings.cypher_min_replan_interval);
    }

    /** The credentials the application's driver connects with. */
    public AuthToken applicationCredentials() {
        return AuthTokens.basic(APPLICATION, this.applicationPassword);
    }

    /**
     * Sets the users up once (statements on the system database cost seconds on a cold start): the
     * application's user with a password kept in {@code file} beside the database files (owner-only; whoever
     * can read it can read the database files anyway), and the administrator's password when one is
     * configured and differs from the one set last (its hash is kept), or, at the first start, a made one.
     * @return the application user's password
     */
    private String users(Path file, String adminPassword) {
        Properties credentials = new Properties();
        boolean first = !Files.exists(file);
        try {
            if (!first) {
                try (var in = Files.newInputStream(file)) {
                    credentials.load(in);
                }
            }
            GraphDatabaseService system = this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            boolean changed = false;
            if (credentials.getProperty("application") == null) {
                credentials.setProperty("application", password());
                system.executeTransactionally(
                        "CREATE OR REPLACE USER " + APPLICATION
                                + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", credentials.getProperty("application")));
                changed = true;
            }
            if (adminPassword != null && !adminPassword.isBlank()) {
                if (adminPassword.length() < 8) {
                    throw new IllegalArgumentException(
                            "partygraph.neo4j.embedded.password must be at least 8 characters");
                }
                String hash = DigestUtils.sha256Hex(adminPassword);
                if (!hash.equals(credentials.getProperty("admin"))) {
                    system.executeTransactionally(
                            "ALTER USER " + ADMIN + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", adminPassword));
                    credentials.setProperty("admin", hash);
                    changed = true;
                }
            } else if (first) {
                firstAdminPassword(system);
            }
            if (changed) {
                write(file, credentials);
            }
            return credentials.getProperty("application");
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot keep the embedded database's credentials in " + file, ex);
        }
    }

    private static void write(Path file, Properties credentials) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(written)) {
            credentials.store(out, "PartyGraph: the embedded database's application user; keep it private");
        }
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // While Neo4j still asks to change its initial password, a password is made and printed once.
    private static void firstAdminPassword(GraphDatabaseService system) {
        boolean initial = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", ADMIN),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (initial) {
            String password = password();
            system.executeTransactionally(
                    "ALTER USER " + ADMIN + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            log.warn("""

					================================================================================
					 First start: the embedded Neo4j's administrator password was made. It is shown
					 this once (Neo4j keeps only its hash); Neo4j Browser asks for it.
					   user {}   password {}
					 Set partygraph.neo4j.embedded.password to choose another.
					================================================================================""", ADMIN, password);
        }
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The Bolt URI the embedded connector listens on (the real port when 0 was asked for). */
    public URI boltUri() {
        return this.boltUri;
    }

    /** The default database, for tools that need direct access; application code uses the driver. */
    public GraphDatabaseService database() {
        return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        this.dbms.shutdown();
        log.info("Embedded Neo4j stopped");
    }

    /** Neo4j settings given by their own names and values, parsed and checked by Neo4j (an unknown name fails). */
    private static Map<Setting<?>, Object> parsed(Map<String, String> raw) {
        if (raw.isEmpty()) {
            return Map.of();
        }
        Config config = Config.newBuilder().setRaw(raw).build();
        Map<Setting<?>, Object> settings = new HashMap<>();
        raw.keySet().forEach(name -> {
            Setting<Object> setting = config.getSetting(name);
            settings.put(setting, config.get(setting));
        });
        return settings;
    }
}
