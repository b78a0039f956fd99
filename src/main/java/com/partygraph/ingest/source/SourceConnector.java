package com.partygraph.ingest.source;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.write.BatchResult;
import com.partygraph.ingest.write.ChangeApplier;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's Debezium engine on its own thread: initial snapshot, then streaming. Each batch is
 * applied to the graph first and acknowledged to Debezium only after the graph commit, so a crash
 * replays rather than loses. The handler never throws: when the graph cannot be written after
 * retries the connector stops in state FAILED, with the reason in its status, and the unacknowledged
 * changes are replayed on the next start.
 */
public final class SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(SourceConnector.class);

    private static final int GRAPH_ATTEMPTS = 5;

    private final IngestSettings.Source settings;

    private final ChangeApplier applier;

    private final Retry graphRetry;

    private final List<String> tables;

    private final Path offsets;

    private final SourceStatus status;

    private final SnapshotSize snapshotSize;

    private final GraphDisk disk;

    private ExecutorService executor;

    private long lastProgressLog;

    private DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

    // Whether this engine's run has seen a snapshot row, and what its snapshot read when the graph held the source.
    private boolean snapshotSeen;

    private SnapshotReads snapshotReads;

    /** Counts a source's rows before its first snapshot, for progress and ETA. */
    @FunctionalInterface
    public interface SnapshotSize {

        long rows();
    }

    public SourceConnector(
            IngestSettings.Source settings,
            ChangeApplier applier,
            List<String> tables,
            Path stateDirectory,
            SnapshotSize snapshotSize,
            GraphDisk disk,
            MeterRegistry meters) {
        this.settings = settings;
        this.applier = applier;
        this.tables = List.copyOf(tables);
        this.offsets = offsets(stateDirectory, settings.name());
        this.status = new SourceStatus(settings.name(), meters);
        this.snapshotSize = snapshotSize;
        this.disk = disk;
        this.graphRetry = graphRetry(settings.name());
    }

    public String name() {
        return this.settings.name();
    }

    public IngestSettings.Source settings() {
        return this.settings;
    }

    public SourceStatus status() {
        return this.status;
    }

    /** What applies this source's changes to the graph; for tools and tests that replay changes. */
    public ChangeApplier applier() {
        return this.applier;
    }

    /** A JDBC connection to the source database, for reconciliation and tools. */
    public java.sql.Connection connect() throws java.sql.SQLException {
        return SourceSchema.connect(this.settings);
    }

    /** The file Debezium keeps this source's committed offsets in. */
    public Path offsets() {
        return this.offsets;
    }

    /** The file Debezium keeps a source's committed offsets in, under the state directory: none before its first batch. */
    static Path offsets(Path stateDirectory, String source) {
        return stateDirectory.resolve(source + ".offsets");
    }

    public synchronized boolean isRunning() {
        return this.engine != null;
    }

    /** Starts the engine unless it runs already; returns at once. */
    public synchronized void start() {
        if (this.engine != null) {
            return;
        }
        try {
            Files.createDirectories(this.offsets.getParent());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot create " + this.offsets.getParent(), ex);
        }
        if (!Files.exists(this.offsets)) {
            this.status.snapshotStarting(this.snapshotSize.rows());
        }
        // A source started again after a failure says why it failed until it reads again.
        if (this.status.state() != SourceStatus.State.FAILED) {
            this.status.state(SourceStatus.State.STARTING);
        }
        this.snapshotSeen = false;
        this.snapshotReads = null;
        this.engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(ConnectorProperties.postgres(this.settings, this.offsets, this.tables))
                .using((success, message, error) -> completed(success, message, error))
                .notifying(this::handleBatch)
                .build();
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + name());
            thread.setDaemon(true);
            return thread;
        });
        this.executor.execute(this.engine);
        log.info("Source {} started ({} tables, mode {})", name(), this.tables.size(), this.settings.mode());
    }

    /** Stops the engine and waits for it; committed offsets stay for the next start. */
    public synchronized void stop() {
        if (this.engine == null) {
            return;
        }
        try {
            closeEngine();
            this.executor.shutdown();
            if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Source {} did not stop within 30 s", name());
            }
        } catch (IOException ex) {
            // Offsets committed so far stay valid; the status says the stop was not clean.
            log.warn("Source {} stopped with an error: {}", name(), ex.getMessage(), ex);
            this.status.failed("stopping failed: " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            this.engine = null;
            this.executor = null;
            if (this.status.state() != SourceStatus.State.FAILED) {
                this.status.state(SourceStatus.State.STOPPED);
            }
        }
        log.info("Source {} stopped", name());
    }

    private void closeEngine() throws IOException {
        try {
            this.engine.close();
        } catch (IllegalStateException endedByItself) {
            // An engine that failed has shut itself down already: there is nothing left to close.
        }
    }

    private void handleBatch(
            List<RecordChangeEvent<SourceRecord>> events,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) {
        try {
            List<RowChange> changes = new ArrayList<>(events.size());
            List<Long> commitTimes = new ArrayList<>(events.size());
            long snapshotRows = 0;
            Long sourceMillis = null;
            // How many of the changes the snapshot's end closes (the rest were streamed after it); -1: none.
            int snapshotEnd = -1;
            for (RecordChangeEvent<SourceRecord> event : events) {
                RowChange change = ConnectRows.toRowChange(event.record());
                if (ConnectRows.endsSnapshot(event.record())) {
                    snapshotEnd = changes.size() + (change == null ? 0 : 1);
                }
                if (change != null) {
                    changes.add(change);
                    snapshotRows += change.position().snapshot() ? 1 : 0;
                    Long committedAt = ConnectRows.sourceTime(event.record());
                    if (!change.position().snapshot() && committedAt != null) {
                        sourceMillis = committedAt;
                        commitTimes.add(committedAt);
                    }
                }
            }
            if (snapshotRows > 0 && !this.status.snapshotInProgress()) {
                // A snapshot a killed run left unfinished is taken again from the start: count it from here.
                this.status.snapshotStarting(this.snapshotSize.rows());
            }
            if (snapshotRows > 0 && !this.snapshotSeen) {
                this.snapshotSeen = true;
                this.snapshotReads = this.applier.holdsRecords() ? new SnapshotReads() : null;
            }
            if (!changes.isEmpty()) {
                this.disk.check();
            }
            long applying = System.nanoTime();
            BatchResult result = BatchResult.NONE;
            if (!changes.isEmpty()) {
                this.status.writing(true);
                try {
                    result = apply(changes, snapshotEnd);
                } finally {
                    this.status.writing(false);
                }
            }
            this.status.batchApplied(System.nanoTime() - applying);
            long committed = System.currentTimeMillis();
            commitTimes.forEach(commit -> this.status.streamed(Math.max(0, committed - commit)));
            for (RecordChangeEvent<SourceRecord> event : events) {
                committer.markProcessed(event);
            }
            committer.markBatchFinished();
            boolean snapshotEnded = events.stream().anyMatch(event -> ConnectRows.endsSnapshot(event.record()));
            boolean snapshot = !snapshotEnded && snapshotRows > 0 && snapshotRows == changes.size();
            this.status.state(snapshot ? SourceStatus.State.SNAPSHOT : SourceStatus.State.STREAMING);
            if (snapshotEnded || (!snapshot && !changes.isEmpty())) {
                this.status.snapshotFinished();
            }
            // A heartbeat says the source is live and streaming, but it is no change: what came before it is applied.
            if (!changes.isEmpty()) {
                this.status.recorded(result, snapshotRows, sourceMillis);
                logProgress(snapshot);
            } else if (!events.isEmpty()) {
                this.status.caughtUp();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (GraphDisk.FullException ex) {
            // Its message says all there is: no stack trace in the log.
            fail(ex.getMessage(), null);
        } catch (RuntimeException ex) {
            // The graph could not be written: nothing of this batch is acknowledged, so nothing is lost.
            if (Thread.currentThread().isInterrupted()) {
                log.info(
                        "Source {} interrupted while stopping; the unacknowledged batch is read again on start",
                        name());
                return;
            }
            fail("a batch could not be applied: " + ex.getMessage(), ex);
        }
    }

    // Nothing of the batch is acknowledged: the source stops, FAILED with the reason, to be started again.
    private void fail(String reason, Exception cause) {
        log.error("Source {} stops: {}", name(), reason, cause);
        this.status.failed(reason);
        Thread.ofVirtual().start(this::stop);
    }

    private void logProgress(boolean snapshot) {
        long now = System.currentTimeMillis();
        if (!snapshot || now - this.lastProgressLog < 5_000) {
            return;
        }
        this.lastProgressLog = now;
        SourceStatus.Snapshot progress = this.status.view().snapshot();
        if (progress == null) {
            return;
        }
        log.info(
                "Source {} snapshot: {} of {} rows, {} rows/s, ETA {} s",
                name(),
                progress.rowsDone(),
                progress.rowsTotal(),
                progress.rowsPerSecond(),
                progress.etaSeconds());
    }

    /**
     * Applies the changes; when they end a snapshot that read a source the graph held, the records whose rows it did
     * not find are withdrawn after the snapshot's rows and before the changes streamed after it.
     */
    private BatchResult apply(List<RowChange> changes, int snapshotEnd) {
        if (this.snapshotReads == null) {
            return applyWithRetries(changes);
        }
        List<RowChange> read = snapshotEnd < 0 ? changes : changes.subList(0, snapshotEnd);
        this.snapshotReads.note(read);
        BatchResult result = read.isEmpty() ? BatchResult.NONE : applyWithRetries(read);
        if (snapshotEnd < 0) {
            return result;
        }
        long started = System.nanoTime();
        List<RowChange> unread = this.snapshotReads.unread(this.applier);
        for (int from = 0; from < unread.size(); from += this.settings.maxBatchSize()) {
            result = result.plus(applyWithRetries(
                    unread.subList(from, Math.min(unread.size(), from + this.settings.maxBatchSize()))));
        }
        this.snapshotReads = null;
        this.status.withdrawn(unread.size());
        log.info(
                "Source {}: the snapshot read it again over the graph; {} records whose rows it did not find withdrawn"
                        + " in {} ms",
                name(),
                unread.size(),
                (System.nanoTime() - started) / 1_000_000);
        List<RowChange> streamed = changes.subList(snapshotEnd, changes.size());
        return streamed.isEmpty() ? result : result.plus(applyWithRetries(streamed));
    }

    private BatchResult applyWithRetries(List<RowChange> changes) {
        return this.graphRetry.executeSupplier(() -> this.applier.apply(changes));
    }

    // A failed graph write is tried again after 0.4, 0.8, 1.6 and 3.2 s; not once the thread is interrupted.
    private Retry graphRetry(String name) {
        Retry retry = Retry.of(
                "graph-write-" + name,
                RetryConfig.custom()
                        .maxAttempts(GRAPH_ATTEMPTS)
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(400), 2))
                        .retryOnException(ex -> !Thread.currentThread().isInterrupted())
                        .build());
        // While the graph cannot be written the source says so (and health is down); the batch that then goes in
        // sets it streaming again.
        retry.getEventPublisher().onRetry(event -> {
            String failure = "graph write attempt " + event.getNumberOfRetryAttempts() + " of " + GRAPH_ATTEMPTS
                    + " failed, trying again: " + event.getLastThrowable().getMessage();
            log.warn("Source {}: {}", name, failure);
            this.status.failed(failure);
        });
        return retry;
    }

    private void completed(boolean success, String message, Throwable error) {
        if (!success) {
            log.error("Source {} connector stopped: {}", name(), message, error);
            this.status.failed(
                    error == null || message.contains(String.valueOf(error.getMessage()))
                            ? message
                            : message + ": " + error.getMessage());
            // The engine has ended: the source is stopped, to be started again (Ingestion restarts a failed one).
            Thread.ofVirtual().start(this::stop);
        }
    }

    /** Sleeps; an interrupt ends the sleep and stays set for the caller to see. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
