package com.partygraph.ingest.write;

import com.partygraph.ingest.write.GraphWork.Outcome;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The write of a run of rows, in independent parts, under way on a thread of its own while the caller
 * resolves the next run ({@link ChangeApplier}). The caller takes its outcomes before it starts another.
 */
final class PendingWrite {

    private final List<List<ReadRow>> parts;

    private final FutureTask<List<Outcome<BatchResult>>> task;

    private PendingWrite(List<List<ReadRow>> parts, FutureTask<List<Outcome<BatchResult>>> task) {
        this.parts = parts;
        this.task = task;
    }

    /** Starts {@code write} of the parts on a daemon thread named after the source. */
    static PendingWrite start(
            String source, List<List<ReadRow>> parts, Function<List<List<ReadRow>>, List<Outcome<BatchResult>>> write) {
        FutureTask<List<Outcome<BatchResult>>> task = new FutureTask<>(() -> write.apply(parts));
        Thread.ofPlatform().daemon().name("ingest-" + source + "-run").start(task);
        return new PendingWrite(parts, task);
    }

    List<List<ReadRow>> parts() {
        return this.parts;
    }

    /**
     * Waits for the write to end.
     * @return each part's outcome, in order
     * @throws RuntimeException what the write threw, when the graph could not be written at all
     */
    List<Outcome<BatchResult>> outcomes() {
        return ParallelUnits.await(this.task);
    }

    /** Waits for the write to end after the caller failed; what the write threw joins the caller's failure. */
    void awaitAfter(RuntimeException failure) {
        try {
            outcomes();
        } catch (RuntimeException ex) {
            failure.addSuppressed(ex);
        }
    }
}
