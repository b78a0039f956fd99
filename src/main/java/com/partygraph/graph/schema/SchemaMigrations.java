package com.partygraph.graph.schema;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the migrations in {@code cypher/migrations/} that the database has not seen yet, each
 * statement in its own transaction (Neo4j keeps schema and data changes apart), and records each
 * applied file as {@code (:SchemaMigration {version, description, checksum})}. A file whose checksum
 * no longer matches its record stops the start-up: released migrations are never edited. A lock node
 * keeps two instances from migrating one database at once.
 */
public class SchemaMigrations {

    static final String LOCATION = "classpath*:cypher/migrations/*.cypher";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final Driver driver;

    private final CypherQueries queries;

    private final List<Migration> migrations;

    public SchemaMigrations(Driver driver, CypherQueries queries) {
        this(driver, queries, discover(LOCATION));
    }

    SchemaMigrations(Driver driver, CypherQueries queries, List<Migration> migrations) {
        this.driver = driver;
        this.queries = queries;
        this.migrations = migrations;
    }

    /**
     * Applies what is pending.
     * @return the versions applied by this call, empty when the database was up to date
     */
    public List<Integer> apply() {
        try (Session session = this.driver.session()) {
            session.run(this.queries.get("schema-migration-lock-constraint")).consume();
            String owner = UUID.randomUUID().toString();
            acquireLock(session, owner);
            try {
                return applyPending(session);
            } finally {
                session.executeWriteWithoutResult(tx -> tx.run(
                        this.queries.get("schema-migration-lock-release"),
                        Map.of("tenant", Tenant.SYSTEM, "owner", owner)));
            }
        }
    }

    private List<Integer> applyPending(Session session) {
        Map<Integer, String> applied = appliedChecksums(session);
        List<Integer> done = new ArrayList<>();
        for (Migration migration : this.migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("Migration " + migration.fileLabel()
                            + " was changed after it was applied (checksum " + checksum + " in the database, "
                            + migration.checksum() + " in the file). Restore it and add a new migration instead.");
                }
                continue;
            }
            long started = System.nanoTime();
            for (String statement : migration.statements()) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            session.executeWriteWithoutResult(tx -> tx.run(
                    this.queries.get("schema-migration-record"),
                    Map.of(
                            "tenant",
                            Tenant.SYSTEM,
                            "version",
                            migration.version(),
                            "description",
                            migration.description(),
                            "checksum",
                            migration.checksum(),
                            "durationMs",
                            millis)));
            log.info("Applied schema migration {} in {} ms", migration.fileLabel(), millis);
            done.add(migration.version());
        }
        if (done.isEmpty()) {
            log.info("Graph schema is up to date ({} migrations)", this.migrations.size());
        }
        return done;
    }

    private Map<Integer, String> appliedChecksums(Session session) {
        Map<Integer, String> applied = new HashMap<>();
        session.executeRead(tx -> tx.run(this.queries.get("schema-migration-history"), Map.of("tenant", Tenant.SYSTEM))
                        .list())
                .forEach(row -> applied.put(
                        row.get("version").asInt(), row.get("checksum").asString()));
        return applied;
    }

    private void acquireLock(Session session, String owner) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        Map<String, Object> parameters = Map.of("tenant", Tenant.SYSTEM, "owner", owner, "staleAfter", "PT10M");
        while (true) {
            String holder =
                    session.executeWrite(tx -> tx.run(this.queries.get("schema-migration-lock-acquire"), parameters)
                            .single()
                            .get("owner")
                            .asString());
            if (owner.equals(holder)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another instance holds the schema migration lock (owner " + holder
                        + "); it is taken over automatically after 10 minutes");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema migration lock", ex);
        }
    }

    static List<Migration> discover(String location) {
        List<Migration> migrations = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                migrations.add(
                        Migration.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read migrations at " + location, ex);
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException(
                        "Two migrations share version " + migrations.get(i).version());
            }
        }
        return List.copyOf(migrations);
    }
}
