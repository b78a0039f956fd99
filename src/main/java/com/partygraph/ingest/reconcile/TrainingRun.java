package com.partygraph.ingest.reconcile;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --training-run}: the run that teaches the JDK's ahead-of-time cache what a start does (README, "Faster
 * starts").
 * It waits until every source has caught up and reconciles them as {@code --reconcile} does (so the snapshot, its
 * resolution and the reconciliation's statements ran), then until ingestion's statements were planned ahead once the
 * sources went quiet, and exits: the JVM started with {@code -XX:AOTCacheOutput} then writes the classes this run
 * loaded and the profiles of the methods it ran, which later starts read with {@code -XX:AOTCache}. Exits with 0, or
 * with {@link ReconcileCommand#ERROR} when the sources could not catch up (the reason on standard error): a cache of
 * a run that did not ingest would teach the wrong start.
 */
public class TrainingRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    /** The first Java whose JVM trains and writes its ahead-of-time cache in one run (JEP 514). */
    private static final int ONE_STEP_TRAINING = 25;

    /** The plan keeper runs once the sources have been quiet for a second; its first run takes seconds. */
    private static final Duration PLANS_PATIENCE = Duration.ofMinutes(2);

    private final ReconcileCommand reconcile;

    private final BooleanSupplier plannedAhead;

    private final ConfigurableApplicationContext context;

    /**
     * @param plannedAhead whether ingestion's statements were planned ahead since the start (always true when
     * nothing plans them ahead: the warm-up off, or no source)
     */
    public TrainingRun(
            ReconcileCommand reconcile, BooleanSupplier plannedAhead, ConfigurableApplicationContext context) {
        this.reconcile = reconcile;
        this.plannedAhead = plannedAhead;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (!arguments.containsOption("training-run")) {
            return;
        }
        int code = train(System.err, PATIENCE, PLANS_PATIENCE);
        System.exit(SpringApplication.exit(this.context, () -> code));
    }

    /** @return 0 once trained; {@link ReconcileCommand#ERROR} when the sources could not catch up */
    int train(PrintStream err, Duration patience, Duration plansPatience) throws InterruptedException {
        long started = System.nanoTime();
        if (Runtime.version().feature() < ONE_STEP_TRAINING) {
            // Said before the run rather than after it: the user may stop it and use a JDK that writes the cache.
            log.warn(
                    "This JVM is Java {}: it will write no cache at exit (-XX:AOTCacheOutput needs Java {} or later)",
                    Runtime.version().feature(),
                    ONE_STEP_TRAINING);
        }
        PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
        if (this.reconcile.reconcile(discarded, err, patience) == ReconcileCommand.ERROR) {
            return ReconcileCommand.ERROR;
        }
        long deadline = System.nanoTime() + plansPatience.toNanos();
        while (!this.plannedAhead.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (!this.plannedAhead.getAsBoolean()) {
            // The cache is still worth writing: the start, the snapshot and reconciliation ran.
            log.warn("Training run: statements not planned ahead within {} s", plansPatience.toSeconds());
        }
        log.info(
                "Training run done in {} s; exiting so that the JVM writes its cache",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return 0;
    }
}
