package com.partygraph.ingest.write;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GraphWork} in-process against the embedded database: the same statements and parameters,
 * without a network round trip per statement. Retries transient failures a few times.
 * <p>
 * The work runs on a writer thread of its own: an interrupt of the caller (Debezium interrupts its
 * worker when it stops) must never reach the database's file channels, or the database panics.
 * An interrupted caller stops waiting; the transaction it started still commits or rolls back
 * cleanly, and the unacknowledged changes are replayed later. Units of {@link #writeApart} run on helper
 * threads while the writer thread waits for them, so that no other write runs meanwhile.
 */
public final class EmbeddedWork implements GraphWork, AutoCloseable {

    private static final int ATTEMPTS = 5;

    // A transient failure (among them a deadlock between the units of writeApart: one gives way) runs the
    // transaction again after 0.1, 0.2, 0.4 and 0.8 s; anything else is not retried.
    private static final Retry TRANSIENT = Retry.of(
            "embedded-write",
            RetryConfig.custom()
                    .maxAttempts(ATTEMPTS)
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2))
                    .retryExceptions(TransientFailureException.class)
                    .build());

    private static final Logger log = LoggerFactory.getLogger(EmbeddedWork.class);

    static {
        // Said each time: a deadlock between the parts of a batch costs the wait before the transaction runs again.
        TRANSIENT
                .getEventPublisher()
                .onRetry(event -> log.info(
                        "Graph write runs again (attempt {} of {}) in {} ms after a transient failure: {}",
                        event.getNumberOfRetryAttempts() + 1,
                        ATTEMPTS,
                        event.getWaitInterval().toMillis(),
                        event.getLastThrowable() == null
                                ? "?"
                                : event.getLastThrowable().getMessage()));
    }

    private final GraphDatabaseService database;

    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-graph-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final ParallelUnits units;

    /** Writes on one thread: {@link #writeApart} runs its units one after another. */
    public EmbeddedWork(GraphDatabaseService database) {
        this(database, 1);
    }

    /** Runs up to {@code writers} units of {@link #writeApart} at the same time. */
    public EmbeddedWork(GraphDatabaseService database, int writers) {
        this.database = database;
        this.units = new ParallelUnits("ingest-graph-writer", writers);
    }

    @Override
    public <T> T write(Function<Cypher, T> work) {
        return ParallelUnits.await(this.writer.submit(() -> writeNow(work)));
    }

    @Override
    public int writers() {
        return this.units.writers();
    }

    /** The writer thread runs the units, or waits while helper threads do: no other write runs meanwhile. */
    @Override
    public <T> List<Outcome<T>> writeApart(List<Function<Cypher, T>> works) {
        return ParallelUnits.await(this.writer.submit(() -> this.units.run(works, this::writeNow)));
    }

    /** Lets a write under way finish before the database it writes to shuts down. */
    @Override
    public void close() throws InterruptedException {
        this.writer.shutdown();
        this.writer.awaitTermination(30, TimeUnit.SECONDS);
        this.units.close();
    }

    private <T> T writeNow(Function<Cypher, T> work) {
        return TRANSIENT.executeSupplier(() -> {
            try (Transaction tx = this.database.beginTx()) {
                T result = work.apply((statement, parameters) -> rows(tx, statement, parameters));
                tx.commit();
                return result;
            } catch (QueryExecutionException | ConstraintViolationException ex) {
                throw new Rejected(ex.getMessage(), ex);
            }
        });
    }

    private static List<Value> rows(Transaction tx, String statement, Map<String, Object> parameters) {
        try (Result result = tx.execute(statement, parameters)) {
            return rows(result);
        }
    }

    /** A result's rows as the driver gives them, each a map value. */
    static List<Value> rows(Result result) {
        List<Value> rows = new ArrayList<>();
        while (result.hasNext()) {
            Map<String, Object> row = new LinkedHashMap<>();
            result.next().forEach((key, value) -> row.put(key, plain(value)));
            rows.add(Values.value(row));
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
}
