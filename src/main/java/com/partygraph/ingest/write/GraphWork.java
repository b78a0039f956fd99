package com.partygraph.ingest.write;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Value;

/**
 * Runs one unit of ingestion work in one write transaction: over the driver for an external
 * server, or in-process against the embedded database, where a statement costs no round trip.
 * Transient failures are retried; a statement the database rejects throws {@link Rejected}.
 */
public interface GraphWork {

    <T> T write(Function<Cypher, T> work);

    /** How many units of {@link #writeApart} may run at the same time. */
    int writers();

    /**
     * Runs units of work that touch nothing in common, each in a transaction of its own, up to
     * {@link #writers()} at a time, and returns their outcomes in order once all have ended. A unit the
     * database rejects is rolled back alone while the others commit.
     * @throws RuntimeException once no unit runs any more, when the graph could not be written at all
     */
    <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works);

    /** What became of one unit of {@link #writeApart}: its result, or why the database rejected it. */
    record Outcome<T>(T result, Rejected rejected) {

        static <T> Outcome<T> of(Supplier<T> write) {
            try {
                return new Outcome<>(write.get(), null);
            } catch (Rejected ex) {
                return new Outcome<>(null, ex);
            }
        }
    }

    /** Runs statements inside the current transaction; each row comes back as a map value. */
    @FunctionalInterface
    interface Cypher {

        List<Value> run(String statement, Map<String, Object> parameters);
    }

    /** The database refused a statement (a constraint, a value it cannot store): retrying will not help. */
    class Rejected extends RuntimeException {

        public Rejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
