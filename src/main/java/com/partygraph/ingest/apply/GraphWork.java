package com.partygraph.ingest.apply;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * Runs one unit of ingestion work in one write transaction: over the driver for an external
 * server, or in-process against the embedded database, where a statement costs no round trip.
 * Transient failures are retried; a statement the database rejects throws {@link Rejected}.
 */
public interface GraphWork {

	<T> T write(Function<Cypher, T> work);

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
