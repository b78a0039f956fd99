package com.partygraph.ingest.source;

import java.time.Duration;
import java.util.Collection;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps ingestion's plans ready while the sources are quiet, so that the next change does not wait for Cypher to plan.
 * Neo4j plans a statement when it is first run, and again when it is run after the graph's statistics moved and the
 * least time between plans ({@code dbms.cypher.min_replan_interval}) has passed; either way, the batch that runs it
 * waits. So once the sources have written something and gone quiet, {@link #tick} runs the warm-up
 * ({@code StatementWarmUp}): right away, which plans what the writes have not used yet (the statements of updates
 * and deletes after a first start's snapshot), and once more when the plans the writes made may have grown stale,
 * which makes them again. Nothing runs while a batch is being written or a snapshot is being taken, or while nothing
 * has been written since the last run. Not thread-safe: ticked by one scheduler thread.
 */
final class PlanKeeper {

    private final Supplier<Collection<SourceStatus>> sources;

    private final IntSupplier warmUp;

    private final long replanNanos;

    private final LongSupplier clock;

    private long handled = -1;

    /** When a tick last saw the sources write (their handled changes moved, or a batch or snapshot under way). */
    private long activeAt;

    /** The sources wrote since the warm-up last ran: a statement they did not use may have no plan. */
    private boolean writtenSinceRun;

    /** The plans their writes made may go stale once the replan interval has passed since: one more run is owed. */
    private boolean staleRunOwed;

    /**
     * @param sources the statuses of the sources whose writes are watched
     * @param warmUp plans the statements; returns how many
     * @param replanInterval the graph's least time between two plans of a statement
     * @param clock nanoseconds, monotonic
     */
    PlanKeeper(
            Supplier<Collection<SourceStatus>> sources,
            IntSupplier warmUp,
            Duration replanInterval,
            LongSupplier clock) {
        this.sources = sources;
        this.warmUp = warmUp;
        this.replanNanos = replanInterval.toNanos();
        this.clock = clock;
    }

    /** Looks at the sources; plans ahead when they are quiet and a plan may be missing or stale. */
    void tick() {
        long now = this.clock.getAsLong();
        Collection<SourceStatus> statuses = this.sources.get();
        long total = statuses.stream().mapToLong(SourceStatus::handled).sum();
        // A snapshot plans its own statements; between its batches (a table read, the next one begun) it is not quiet.
        boolean writing = statuses.stream().anyMatch(status -> status.writing() || status.snapshotInProgress());
        if (this.handled < 0) {
            // The first look: what the sources handled before it was planned by them, or by the warm-up at start.
            this.handled = total;
            return;
        }
        if (total != this.handled || writing) {
            this.handled = total;
            this.activeAt = now;
            this.writtenSinceRun = true;
            this.staleRunOwed = true;
            return;
        }
        boolean mayBeStale = this.staleRunOwed && now - this.activeAt > this.replanNanos;
        if (this.writtenSinceRun || mayBeStale) {
            this.warmUp.getAsInt();
            this.writtenSinceRun = false;
            // A run that began after the plans could go stale made them again; no later run is owed.
            this.staleRunOwed = !mayBeStale && this.staleRunOwed;
        }
    }
}
