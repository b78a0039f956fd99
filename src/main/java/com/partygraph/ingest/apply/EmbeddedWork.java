package com.partygraph.ingest.apply;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * {@link GraphWork} in-process against the embedded database: the same statements and parameters,
 * without a network round trip per statement. Retries transient failures a few times.
 * <p>
 * The work runs on a writer thread of its own: an interrupt of the caller (Debezium interrupts its
 * worker when it stops) must never reach the database's file channels, or the database panics.
 * An interrupted caller stops waiting; the transaction it started still commits or rolls back
 * cleanly, and the unacknowledged changes are replayed later.
 */
public final class EmbeddedWork implements GraphWork, AutoCloseable {

	private static final int ATTEMPTS = 5;

	private final GraphDatabaseService database;

	private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ingest-graph-writer");
		thread.setDaemon(true);
		return thread;
	});

	public EmbeddedWork(GraphDatabaseService database) {
		this.database = database;
	}

	@Override
	public <T> T write(Function<Cypher, T> work) {
		Future<T> result = this.writer.submit(() -> writeNow(work));
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a graph write", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Lets a write under way finish before the database it writes to shuts down. */
	@Override
	public void close() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(30, TimeUnit.SECONDS);
	}

	private <T> T writeNow(Function<Cypher, T> work) {
		for (int attempt = 1;; attempt++) {
			try (Transaction tx = this.database.beginTx()) {
				T result = work.apply((statement, parameters) -> rows(tx, statement, parameters));
				tx.commit();
				return result;
			}
			catch (TransientFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				pause(Duration.ofMillis(50L << attempt));
			}
			catch (QueryExecutionException | ConstraintViolationException ex) {
				throw new Rejected(ex.getMessage(), ex);
			}
		}
	}

	private static List<Value> rows(Transaction tx, String statement, Map<String, Object> parameters) {
		List<Value> rows = new ArrayList<>();
		try (Result result = tx.execute(statement, parameters)) {
			while (result.hasNext()) {
				Map<String, Object> row = new LinkedHashMap<>();
				result.next().forEach((key, value) -> row.put(key, plain(value)));
				rows.add(Values.value(row));
			}
		}
		return rows;
	}

	// Stored list properties come back as Java arrays; the rest of ingestion reads lists.
	private static Object plain(Object value) {
		if (value != null && value.getClass().isArray()) {
			List<Object> list = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				list.add(plain(Array.get(value, i)));
			}
			return list;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(EmbeddedWork::plain).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, plain(v)));
			return copy;
		}
		return value;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a graph write", ex);
		}
	}

}
