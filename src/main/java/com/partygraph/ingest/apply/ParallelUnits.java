package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.partygraph.ingest.apply.GraphWork.Cypher;
import com.partygraph.ingest.apply.GraphWork.Outcome;

/** Runs the units of {@link GraphWork#writeApart} on a pool of writer threads and waits for all of them. */
final class ParallelUnits {

	private ParallelUnits() {
	}

	/** Daemon threads named {@code name-1}, {@code name-2}, … */
	static ExecutorService pool(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Writes each unit with {@code write} on the pool; the outcomes in order once all have ended.
	 * @throws RuntimeException the first failure other than a rejection, after all units have ended
	 */
	static <T> List<Outcome<T>> run(ExecutorService pool, List<Function<Cypher, T>> works,
			Function<Function<Cypher, T>, T> write) {
		List<Future<Outcome<T>>> running = new ArrayList<>();
		for (Function<Cypher, T> work : works) {
			running.add(pool.submit(() -> Outcome.of(() -> write.apply(work))));
		}
		List<Outcome<T>> outcomes = new ArrayList<>();
		RuntimeException failure = null;
		for (Future<Outcome<T>> unit : running) {
			try {
				outcomes.add(await(unit));
			}
			catch (RuntimeException ex) {
				failure = failure != null ? failure : ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return outcomes;
	}

	/** The result of a write submitted to a writer thread, its failure rethrown as it was. */
	static <T> T await(Future<T> result) {
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

}
