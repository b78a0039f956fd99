package com.partygraph.ingest.reconcile;

import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.SourceStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --reconcile}: waits until every source has caught up — its snapshot done, a heartbeat showing that nothing
 * the source committed waits, and quiet for a few seconds; a
 * scheduled source is drained first — prints the reconciliation of every tenant as JSON and exits with 0 when
 * everything matches, 1 when something does not (the JSON says what), 2 when it could not reconcile (a source
 * failed, is stopped or could not be set up, did not catch up in time, or could not be read; the reason on
 * standard error).
 */
public class ReconcileCommand implements ApplicationRunner {

    /** Everything matches. */
    public static final int MATCH = 0;

    /** Something does not match. */
    public static final int MISMATCH = 1;

    /** Reconciliation could not be done. */
    public static final int ERROR = 2;

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private static final Duration QUIET = Duration.ofSeconds(3);

    private final Ingestion ingestion;

    private final Reconciler reconciler;

    private final ConfigurableApplicationContext context;

    public ReconcileCommand(Ingestion ingestion, Reconciler reconciler, ConfigurableApplicationContext context) {
        this.ingestion = ingestion;
        this.reconciler = reconciler;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (!arguments.containsOption("reconcile")) {
            return;
        }
        int code = reconcile(System.out, System.err, PATIENCE);
        System.exit(SpringApplication.exit(this.context, () -> code));
    }

    /**
     * Waits until every source has caught up (at most {@code patience} each) and prints the reconciliation of every
     * tenant to {@code out} as JSON, one array per source.
     *
     * @return {@link #MATCH}, {@link #MISMATCH} or {@link #ERROR} (with the reason on {@code err})
     */
    public int reconcile(PrintStream out, PrintStream err, Duration patience) throws InterruptedException {
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        boolean allMatch = true;
        for (SourceStatus.View status : this.ingestion.statuses()) {
            Optional<SourceConnector> connector = this.ingestion.connector(status.source());
            if (connector.isEmpty()) {
                err.println("Cannot reconcile source " + status.source() + ": it could not be set up ("
                        + status.failure() + ")");
                return ERROR;
            }
            String stuck = awaitCaughtUp(connector.get(), patience);
            if (stuck != null) {
                err.println("Cannot reconcile source " + status.source() + ": " + stuck);
                return ERROR;
            }
            List<Reconciliation> results;
            try {
                results = this.reconciler.all(connector.get());
            } catch (RuntimeException ex) {
                err.println("Cannot reconcile source " + status.source() + ": " + ex.getMessage());
                return ERROR;
            }
            out.println(json.writeValueAsString(results));
            allMatch &= results.stream().allMatch(Reconciliation::matches);
        }
        return allMatch ? MATCH : MISMATCH;
    }

    // Null once the source has caught up; else why it cannot.
    private String awaitCaughtUp(SourceConnector connector, Duration patience) throws InterruptedException {
        boolean scheduled = connector.settings().mode() == IngestSettings.Mode.SCHEDULED;
        if (scheduled) {
            // Drained to the source's current position, then it stops by itself.
            this.ingestion.runNow(connector);
        }
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            SourceStatus.View status = connector.status().view();
            boolean snapshotDone =
                    status.snapshot() == null || status.snapshot().finishedAt() != null;
            boolean quiet = status.lastEvent() == null
                    || Duration.between(status.lastEvent(), Instant.now()).compareTo(QUIET) >= 0;
            switch (status.state()) {
                case FAILED -> {
                    return "it failed (" + status.failure() + ")";
                }
                case STREAMING -> {
                    // A heartbeat after the last change says nothing the source committed waits (lag 0); before
                    // the first batch of a run the lag is unknown, however quiet it has been.
                    boolean heartbeatAfterAll = status.lagMillis() != null && status.lagMillis() == 0;
                    if (snapshotDone && quiet && heartbeatAfterAll && !scheduled) {
                        return null;
                    }
                }
                case STOPPED -> {
                    if (!scheduled) {
                        return "it is stopped; start it (POST /api/v1/ingestion/sources/" + connector.name()
                                + "/run) and reconcile again";
                    }
                    if (!connector.isRunning() && snapshotDone) {
                        return null;
                    }
                }
                default -> {
                    // Starting or taking its snapshot: wait.
                }
            }
            Thread.sleep(200);
        }
        return "it did not catch up within " + patience.toMinutes() + " min";
    }
}
