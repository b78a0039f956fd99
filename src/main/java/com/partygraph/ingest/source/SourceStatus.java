package com.partygraph.ingest.source;

import com.partygraph.ingest.write.BatchResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/** Live figures of one source, updated by its connector thread and read by anyone. Thread-safe. */
public final class SourceStatus {

    /** Where a source's connector is. */
    public enum State {
        STOPPED,
        STARTING,
        SNAPSHOT,
        STREAMING,
        FAILED
    }

    private final String source;

    private final AtomicReference<State> state = new AtomicReference<>(State.STOPPED);

    private final AtomicReference<String> failure = new AtomicReference<>();

    private final AtomicLong snapshotTotal = new AtomicLong();

    private final AtomicLong snapshotDone = new AtomicLong();

    private final AtomicLong snapshotWithdrawn = new AtomicLong();

    private final AtomicReference<Instant> snapshotStarted = new AtomicReference<>();

    private final AtomicReference<Instant> snapshotFinished = new AtomicReference<>();

    private final AtomicLong applied = new AtomicLong();

    private final AtomicLong skipped = new AtomicLong();

    private final AtomicLong errors = new AtomicLong();

    private final AtomicLong pending = new AtomicLong();

    private final AtomicLong appliedAlone = new AtomicLong();

    private final AtomicBoolean writing = new AtomicBoolean();

    private final AtomicReference<Instant> lastEvent = new AtomicReference<>();

    private final AtomicLong lagMillis = new AtomicLong(-1);

    private final Timer latency;

    private final Timer batches;

    private final Counter appliedCount;

    private final Counter skippedCount;

    private final Counter errorCount;

    private final Counter aloneCount;

    private final List<LongConsumer> latencyListeners = new CopyOnWriteArrayList<>();

    SourceStatus(String source, MeterRegistry registry) {
        this.source = source;
        this.latency = Timer.builder("partygraph.ingest.latency")
                .description("Source commit to graph commit of streamed changes")
                .tag("source", source)
                .publishPercentiles(0.5, 0.95, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(1))
                .distributionStatisticBufferLength(3)
                .register(registry);
        this.batches = Timer.builder("partygraph.ingest.batch")
                .description("Applying one batch of changes to the graph: resolution, statements, commit")
                .tag("source", source)
                .register(registry);
        this.appliedCount = changes(registry, source, "applied");
        this.skippedCount = changes(registry, source, "skipped");
        this.errorCount = changes(registry, source, "error");
        this.aloneCount = Counter.builder("partygraph.ingest.changes.alone")
                .description("Changes written one at a time because the graph rejected the batch they came in")
                .tag("source", source)
                .register(registry);
        Gauge.builder("partygraph.ingest.lag", this.lagMillis, lag -> lag.get() < 0 ? Double.NaN : lag.get())
                .description("Source commit to graph commit of the last streamed change; 0 when caught up")
                .baseUnit("milliseconds")
                .tag("source", source)
                .register(registry);
    }

    private static Counter changes(MeterRegistry registry, String source, String outcome) {
        return Counter.builder("partygraph.ingest.changes")
                .description("Changes of a source: applied to the graph, skipped (replays), stored as sync errors")
                .tag("source", source)
                .tag("outcome", outcome)
                .register(registry);
    }

    void state(State state) {
        this.state.set(state);
        if (state != State.FAILED) {
            this.failure.set(null);
        }
    }

    void failed(String reason) {
        this.state.set(State.FAILED);
        this.failure.set(reason);
    }

    void snapshotStarting(long totalRows) {
        this.snapshotTotal.set(totalRows);
        this.snapshotDone.set(0);
        this.snapshotWithdrawn.set(0);
        this.snapshotStarted.set(Instant.now());
        this.snapshotFinished.set(null);
    }

    /** Whether a snapshot is being taken and counted in this run. */
    boolean snapshotInProgress() {
        return this.snapshotStarted.get() != null && this.snapshotFinished.get() == null;
    }

    /** Records whose rows a snapshot reading the source again did not find, withdrawn at its end. */
    void withdrawn(long records) {
        this.snapshotWithdrawn.addAndGet(records);
    }

    void snapshotFinished() {
        if (this.snapshotStarted.get() != null && this.snapshotFinished.get() == null) {
            this.snapshotFinished.set(Instant.now());
        }
    }

    void recorded(BatchResult result, long snapshotRows, Long sourceMillis) {
        this.applied.addAndGet(result.applied());
        this.skipped.addAndGet(result.skipped());
        this.errors.addAndGet(result.errors());
        this.appliedCount.increment(result.applied());
        this.skippedCount.increment(result.skipped());
        this.errorCount.increment(result.errors());
        this.pending.addAndGet(result.pending());
        this.appliedAlone.addAndGet(result.alone());
        this.aloneCount.increment(result.alone());
        this.snapshotDone.addAndGet(snapshotRows);
        this.lastEvent.set(Instant.now());
        if (sourceMillis != null) {
            this.lagMillis.set(Math.max(0, System.currentTimeMillis() - sourceMillis));
        }
    }

    /** Whether a batch of changes is being written to the graph now. */
    void writing(boolean writing) {
        this.writing.set(writing);
    }

    boolean writing() {
        return this.writing.get();
    }

    /** The changes handled so far, whatever became of them (applied, skipped, or a sync error). */
    long handled() {
        return this.applied.get() + this.skipped.get() + this.errors.get();
    }

    /** A batch took this long to apply, from its first lookup to its commit. */
    void batchApplied(long nanos) {
        this.batches.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Everything the source committed before a heartbeat is in the graph: nothing waits. */
    void caughtUp() {
        this.lagMillis.set(0);
    }

    State state() {
        return this.state.get();
    }

    /** Commit-to-graph latency of one streamed change. */
    void streamed(long millis) {
        this.latency.record(millis, TimeUnit.MILLISECONDS);
        this.latencyListeners.forEach(listener -> listener.accept(millis));
    }

    /** Tells {@code listener} each streamed change's commit-to-graph latency in milliseconds (benchmarks). */
    public void onStreamed(LongConsumer listener) {
        this.latencyListeners.add(listener);
    }

    // A percentile of the last minute's latencies in milliseconds, or null when nothing was streamed.
    private Long latency(double percentile) {
        if (this.latency.count() == 0) {
            return null;
        }
        for (ValueAtPercentile value : this.latency.takeSnapshot().percentileValues()) {
            if (value.percentile() == percentile) {
                return Math.round(value.value(TimeUnit.MILLISECONDS));
            }
        }
        return null;
    }

    /** A consistent-enough copy for reporting. */
    public View view() {
        long done = this.snapshotDone.get();
        long total = this.snapshotTotal.get();
        Instant started = this.snapshotStarted.get();
        Instant finished = this.snapshotFinished.get();
        double seconds = started == null
                ? 0
                : Duration.between(started, finished != null ? finished : Instant.now())
                                .toMillis()
                        / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        Long etaSeconds = finished != null || rate == 0 || total <= done ? null : (long) ((total - done) / rate);
        return new View(
                this.source,
                this.state.get(),
                this.failure.get(),
                started == null
                        ? null
                        : new Snapshot(
                                done,
                                total,
                                Math.round(rate),
                                etaSeconds,
                                started,
                                finished,
                                this.snapshotWithdrawn.get()),
                this.applied.get(),
                this.skipped.get(),
                this.errors.get(),
                this.pending.get(),
                this.appliedAlone.get(),
                this.lastEvent.get(),
                this.lagMillis.get() < 0 ? null : this.lagMillis.get(),
                latency(0.5),
                latency(0.95));
    }

    /**
     * A source's status.
     *
     * @param failure why the connector stopped, when FAILED
     * @param snapshot the initial snapshot's progress; null when this run went on from stored offsets (the
     * snapshot was taken by an earlier run)
     * @param applied changes written to the graph since start
     * @param skipped replayed changes skipped at or below the watermark
     * @param errors changes stored as sync errors
     * @param pending records waiting for rows they refer to
     * @param appliedAlone changes since start written one at a time because the graph rejected the batch they came
     *     in (a safety net: each such batch is also logged with the reason); 0 normally
     * @param lastEvent when the last change was applied
     * @param lagMillis time from the source's commit to the graph commit of the last streamed change; 0 once a
     * heartbeat shows that nothing the source committed waits (snapshot rows do not count: their source time
     * is the snapshot's start); null before the first
     * @param latencyP50Millis median commit-to-graph latency of the changes streamed in the last minute or so
     *        (Micrometer's {@code partygraph.ingest.latency}, also at {@code /actuator/metrics}); null before any
     * @param latencyP95Millis 95th percentile of the same
     */
    public record View(
            String source,
            State state,
            String failure,
            Snapshot snapshot,
            long applied,
            long skipped,
            long errors,
            long pending,
            long appliedAlone,
            Instant lastEvent,
            Long lagMillis,
            Long latencyP50Millis,
            Long latencyP95Millis) {}

    /**
     * Progress of the initial snapshot.
     *
     * @param rowsDone rows read and applied
     * @param rowsTotal rows in the captured tables when the snapshot began
     * @param rowsPerSecond average rate so far
     * @param etaSeconds estimated seconds left, null when done or unknown
     * @param recordsWithdrawn records of the source the graph held whose rows this snapshot did not find (deleted while
     *     the source's log could not be read: its position lost, or its offsets deleted), withdrawn as deletes at the
     *     snapshot's end; 0 for a first snapshot
     */
    public record Snapshot(
            long rowsDone,
            long rowsTotal,
            long rowsPerSecond,
            Long etaSeconds,
            Instant startedAt,
            Instant finishedAt,
            long recordsWithdrawn) {}
}
