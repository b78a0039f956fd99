package com.partygraph.ingest.write;

import com.partygraph.ingest.write.GraphWork.Cypher;
import com.partygraph.ingest.write.GraphWork.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The writer threads behind {@link GraphWork#writeApart}: runs its units on a pool of daemon threads
 * and waits for all of them; with one writer, or one unit, on the calling thread. Thread-safe.
 */
final class ParallelUnits implements AutoCloseable {

    private final int writers;

    private final ExecutorService pool;

    /** Up to {@code writers} threads, named {@code name-1}, {@code name-2}, … */
    ParallelUnits(String name, int writers) {
        this.writers = Math.max(1, writers);
        AtomicInteger count = new AtomicInteger();
        this.pool = this.writers == 1
                ? null
                : Executors.newFixedThreadPool(this.writers, runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    int writers() {
        return this.writers;
    }

    /**
     * Writes each unit with {@code write}; the outcomes in order once all have ended.
     * @throws RuntimeException the first failure other than a rejection, once no unit runs any more
     */
    <T> List<Outcome<T>> run(List<Function<Cypher, T>> works, Function<Function<Cypher, T>, T> write) {
        List<Outcome<T>> outcomes = new ArrayList<>();
        if (this.pool == null || works.size() < 2) {
            for (Function<Cypher, T> work : works) {
                outcomes.add(Outcome.of(() -> write.apply(work)));
            }
            return outcomes;
        }
        List<Future<Outcome<T>>> running = new ArrayList<>();
        for (Function<Cypher, T> work : works) {
            running.add(this.pool.submit(() -> Outcome.of(() -> write.apply(work))));
        }
        RuntimeException failure = null;
        for (Future<Outcome<T>> unit : running) {
            try {
                outcomes.add(await(unit));
            } catch (RuntimeException ex) {
                failure = failure != null ? failure : ex;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }

    /** Lets units under way finish. */
    @Override
    public void close() throws InterruptedException {
        if (this.pool != null) {
            this.pool.shutdown();
            this.pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** The result of work submitted to a writer thread, its failure rethrown as it was. */
    static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a graph write", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }
}
