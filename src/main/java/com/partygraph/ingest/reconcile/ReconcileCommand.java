package com.partygraph.ingest.reconcile;

import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.SourceStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --reconcile}: waits until every source has caught up, prints the reconciliation of every
 * tenant as JSON and exits with 0 when everything matches, 1 otherwise.
 */
public class ReconcileCommand implements ApplicationRunner {

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
        int code = reconcile(System.out);
        System.exit(SpringApplication.exit(this.context, () -> code));
    }

    /**
     * Waits until every source has caught up and prints the reconciliation of every tenant to {@code out} as JSON.
     * @return 0 when everything matches, 1 otherwise
     */
    public int reconcile(PrintStream out) throws InterruptedException {
        boolean allMatch = true;
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        for (SourceStatus.View status : this.ingestion.statuses()) {
            SourceConnector connector =
                    this.ingestion.connector(status.source()).orElseThrow();
            awaitCaughtUp(connector);
            List<Reconciliation> results = this.reconciler.all(connector);
            out.println(json.writeValueAsString(results));
            allMatch &= results.stream().allMatch(Reconciliation::matches);
        }
        return allMatch ? 0 : 1;
    }

    private static void awaitCaughtUp(SourceConnector connector) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            SourceStatus.View status = connector.status().view();
            Instant last = status.lastEvent();
            boolean quiet =
                    last == null || Duration.between(last, Instant.now()).toSeconds() >= 3;
            if ((status.state() == SourceStatus.State.STREAMING
                            || status.state() == SourceStatus.State.STARTING
                            || status.state() == SourceStatus.State.STOPPED)
                    && quiet
                    && status.snapshot().etaSeconds() == null) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
