package com.partygraph.support;

import com.partygraph.graph.neo4j.CypherQueries;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j started by neo4j-harness (Bolt only; its HTTP server clashes with Boot 4) and a driver to
 * it, for one test class: register it as a static {@code @RegisterExtension} field.
 */
public final class Harness implements BeforeAllCallback, AfterAllCallback {

    private Neo4j neo4j;

    private Driver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        this.neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                // As the application's embedded database plans (partygraph.neo4j.embedded.parameter-size-plans).
                .withConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                .build();
        this.driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        this.driver.close();
        this.neo4j.close();
    }

    public Neo4j neo4j() {
        return this.neo4j;
    }

    public Driver driver() {
        return this.driver;
    }

    public CypherQueries queries() {
        return new CypherQueries();
    }

    /** Names of the constraints and indexes the database holds (token lookup indexes left out). */
    public List<String> schemaNames() {
        try (var session = this.driver.session()) {
            List<String> names = new java.util.ArrayList<>(session.run("SHOW CONSTRAINTS YIELD name RETURN name")
                    .list(row -> row.get("name").asString()));
            names.addAll(session.run(
                            "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name")
                    .list(row -> row.get("name").asString()));
            return names;
        }
    }

    /** Empties the database, schema included, so one harness can serve many tests. */
    public void wipe() {
        try (var session = this.driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
            for (String name : session.run("SHOW CONSTRAINTS YIELD name")
                    .list(row -> row.get("name").asString())) {
                session.run("DROP CONSTRAINT $name", java.util.Map.of("name", name))
                        .consume();
            }
            for (String name : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                    .list(row -> row.get("name").asString())) {
                session.run("DROP INDEX $name", java.util.Map.of("name", name)).consume();
            }
        }
    }
}
