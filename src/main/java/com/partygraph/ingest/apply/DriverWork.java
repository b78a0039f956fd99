package com.partygraph.ingest.apply;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
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

	private final int writers;

	private final ExecutorService pool;

	/** Writes one unit at a time. */
	public DriverWork(Driver driver) {
		this(driver, 1);
	}

	/** Runs up to {@code writers} units of {@link #writeApart} at the same time. */
	public DriverWork(Driver driver, int writers) {
		this.driver = driver;
		this.writers = Math.max(1, writers);
		this.pool = this.writers == 1 ? null : ParallelUnits.pool("ingest-driver-writer", this.writers);
	}

	@Override
	public int writers() {
		return this.writers;
	}

	@Override
	public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
		if (this.pool == null || works.size() < 2) {
			return GraphWork.super.writeApart(works);
		}
		return ParallelUnits.run(this.pool, works, this::write);
	}

	/** Lets units under way finish. */
	@Override
	public void close() throws InterruptedException {
		if (this.pool != null) {
			this.pool.shutdown();
			this.pool.awaitTermination(30, TimeUnit.SECONDS);
		}
	}

	@Override
	public <T> T write(Function<Cypher, T> work) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> work
				.apply((statement, parameters) -> tx.run(statement, parameters).list(row -> Values.value(row.asMap(v -> v)))));
		}
		catch (ClientException ex) {
			throw new Rejected(ex.getMessage(), ex);
		}
	}

}
