package com.partygraph.ingest.write;

import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;

/**
 * {@link GraphWork} over the Java driver; the driver retries transient failures. Units of
 * {@link #writeApart} run in sessions of their own on a pool of threads.
 */
public final class DriverWork implements GraphWork, AutoCloseable {

    private final Driver driver;

    private final ParallelUnits units;

    /** Writes one unit at a time. */
    public DriverWork(Driver driver) {
        this(driver, 1);
    }

    /** Runs up to {@code writers} units of {@link #writeApart} at the same time. */
    public DriverWork(Driver driver, int writers) {
        this.driver = driver;
        this.units = new ParallelUnits("ingest-driver-writer", writers);
    }

    @Override
    public int writers() {
        return this.units.writers();
    }

    @Override
    public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
        return this.units.run(works, this::write);
    }

    /** Lets units under way finish. */
    @Override
    public void close() throws InterruptedException {
        this.units.close();
    }

    @Override
    public <T> T write(Function<Cypher, T> work) {
        try (Session session = this.driver.session()) {
            return session.executeWrite(tx -> work.apply((statement, parameters) ->
                    tx.run(statement, parameters).list(row -> Values.value(row.asMap(v -> v)))));
        } catch (ClientException ex) {
            throw new Rejected(ex.getMessage(), ex);
        }
    }
}
