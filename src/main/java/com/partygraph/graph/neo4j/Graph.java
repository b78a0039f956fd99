package com.partygraph.graph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * How the application reads and writes the graph outside the ingest writer: the driver, running the named
 * statements of {@code cypher/queries/} with every value a parameter, each call in a managed transaction of
 * its own (retried by the driver on transient failures) or several statements in one. Thread-safe.
 */
@Component
public class Graph {

    private final Driver driver;

    private final CypherQueries queries;

    public Graph(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Statements run in one transaction. */
    @FunctionalInterface
    public interface Statements {

        /** Runs the named statement and returns its rows. */
        List<Record> run(String name, Map<String, ?> parameters);
    }

    /** The rows of the named read statement. */
    public List<Record> read(String name, Map<String, ?> parameters) {
        try (var session = this.driver.session()) {
            return session.executeRead(tx -> run(tx, name, parameters));
        }
    }

    /** Runs the named write statement and returns its rows. */
    public List<Record> write(String name, Map<String, ?> parameters) {
        return write(statements -> statements.run(name, parameters));
    }

    /** Runs {@code work}'s statements in one write transaction: all of them commit, or none. */
    public <T> T write(Function<Statements, T> work) {
        try (var session = this.driver.session()) {
            return session.executeWrite(tx -> work.apply((name, parameters) -> run(tx, name, parameters)));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Record> run(TransactionContext tx, String name, Map<String, ?> parameters) {
        return tx.run(this.queries.get(name), (Map<String, Object>) parameters).list();
    }
}
