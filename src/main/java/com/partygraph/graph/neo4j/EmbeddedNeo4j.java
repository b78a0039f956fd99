package com.partygraph.graph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM with a Bolt connector, so the application (through the
 * driver) and Neo4j Browser talk to it as they would to a server. Started by the constructor, stopped
 * by {@link #close()}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;

	private final URI boltUri;

	public EmbeddedNeo4j(Neo4jSettings.Embedded settings) {
		Path home = settings.directory().toAbsolutePath();
		long started = System.nanoTime();
		this.dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(settings.listenAddress(), settings.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt listens on loopback only by default; see README for exposing it.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
			.setConfig(GraphDatabaseSettings.keep_logical_logs, settings.transactionLogRetention())
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.parse(settings.transactionLogSize()))
			// Bolt's event loops otherwise wait 5 s each for quiet on shutdown (10 s a stop); the
			// application's own driver has closed its connections by then.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		var port = ((GraphDatabaseAPI) database()).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		this.boltUri = URI.create("bolt://" + settings.listenAddress() + ":" + port.getPort());
		log.info("Embedded Neo4j started in {} ms at {} with data in {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), this.boltUri, home);
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

}
