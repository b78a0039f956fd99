package com.partygraph.ingest.source;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.MappingException;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.MappingValidator;
import com.partygraph.ingest.mapping.RowNormalizers;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.source.IngestSettings.Mode;
import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.StatementWarmUp;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.Resolver;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * All configured sources: validates each mapping against its database and the role catalog when the
 * application starts (stopping the start-up with every problem listed), then runs continuous
 * sources and schedules the others. Thread-safe.
 */
public class Ingestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private final List<IngestSettings.Source> sources;

    private final Path stateDirectory;

    private final Duration restartDelay;

    private final GraphDisk disk;

    private ScheduledFuture<?> restarts;

    private final Driver driver;

    private final GraphWork graph;

    private final CypherQueries queries;

    private final RowNormalizers normalizers;

    private final Resolver resolver;

    private final TaskScheduler scheduler;

    private final Map<String, SourceConnector> connectors = new LinkedHashMap<>();

    private final Map<String, ScheduledFuture<?>> schedules = new LinkedHashMap<>();

    private final Map<String, SourceStatus> unavailable = new ConcurrentHashMap<>();

    private final Map<String, ScheduledFuture<?>> retries = new ConcurrentHashMap<>();

    private static final Duration RETRY = Duration.ofSeconds(30);

    private static final Duration KEEPER_TICK = Duration.ofSeconds(1);

    private static final String PLANS_AHEAD = "partygraph.ingest.plans.ahead";

    private final MeterRegistry meters;

    private volatile boolean running;

    private final boolean warmUp;

    private final int streamedPartsFrom;

    private final CompletableFuture<Integer> warmedUp = new CompletableFuture<>();

    private final Duration replanInterval;

    private ScheduledFuture<?> planKeeping;

    public Ingestion(
            List<IngestSettings.Source> sources,
            IngestSettings settings,
            GraphDisk disk,
            Driver driver,
            GraphWork graph,
            CypherQueries queries,
            RowNormalizers normalizers,
            Resolver resolver,
            TaskScheduler scheduler,
            MeterRegistry meters,
            Duration replanInterval) {
        this.graph = graph;
        this.replanInterval = replanInterval;
        this.meters = meters;
        this.sources = List.copyOf(sources);
        this.stateDirectory = settings.stateDirectory();
        this.restartDelay = settings.restartDelay();
        this.warmUp = settings.warmUp();
        this.streamedPartsFrom = settings.streamedPartsFrom();
        this.disk = disk;
        this.driver = driver;
        this.queries = queries;
        this.normalizers = normalizers;
        this.resolver = resolver;
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        // A source read before goes on from where it was, with changes that find the statements planned ahead; one
        // never read starts with its snapshot, whose batches plan them (and plan them again as the graph grows).
        boolean resuming = this.sources.stream()
                .anyMatch(source -> Files.exists(SourceConnector.offsets(this.stateDirectory, source.name())));
        Set<String> roles = roleCatalog();
        for (IngestSettings.Source source : this.sources) {
            try {
                setUp(source, roles);
            } catch (SourceUnavailableException ex) {
                // The rest of the application serves; this source is retried until it can be read.
                log.warn(
                        "Source {} is unavailable, retrying every {} s: {}",
                        source.name(),
                        RETRY.toSeconds(),
                        ex.getMessage());
                SourceStatus status = new SourceStatus(source.name(), this.meters);
                status.failed(ex.getMessage());
                this.unavailable.put(source.name(), status);
                this.retries.put(
                        source.name(), this.scheduler.scheduleWithFixedDelay(() -> retry(source, roles), RETRY));
            }
        }
        this.restarts = this.scheduler.scheduleWithFixedDelay(this::restartFailed, this.restartDelay);
        if (this.warmUp && resuming && !this.warmedUp.isDone()) {
            this.scheduler.schedule(
                    () -> {
                        try {
                            this.warmedUp.complete(planAhead());
                        } catch (RuntimeException ex) {
                            this.warmedUp.completeExceptionally(ex);
                            throw ex;
                        }
                    },
                    Instant.now());
        } else {
            this.warmedUp.complete(0);
        }
        if (this.warmUp && !this.sources.isEmpty()) {
            // On the same one-thread scheduler as the warm-up above, so the two never run at once.
            PlanKeeper keeper =
                    new PlanKeeper(this::connectorStatuses, this::planAhead, this.replanInterval, System::nanoTime);
            this.planKeeping = this.scheduler.scheduleWithFixedDelay(keeper::tick, KEEPER_TICK);
        }
        this.running = true;
    }

    /**
     * Completes once ingestion's statements were planned ahead after the start ({@link StatementWarmUp}), with how
     * many plans were made (0 when the warm-up is off or there is no source).
     */
    public CompletableFuture<Integer> warmedUp() {
        return this.warmedUp;
    }

    /**
     * Starts again each continuous source that failed while it ran (its database or the graph unreachable, the disk
     * under the graph too full) and has stopped: what it had not acknowledged is read again, so nothing is lost. It
     * stays FAILED, with the reason, until it reads again.
     */
    synchronized void restartFailed() {
        if (!this.running) {
            return;
        }
        for (SourceConnector connector : this.connectors.values()) {
            if (connector.settings().mode() == Mode.CONTINUOUS
                    && connector.status().state() == SourceStatus.State.FAILED
                    && !connector.isRunning()) {
                log.info(
                        "Source {} failed ({}); starting it again",
                        connector.name(),
                        connector.status().view().failure());
                try {
                    connector.start();
                } catch (RuntimeException ex) {
                    connector.status().failed(ex.getMessage());
                }
            }
        }
    }

    private void setUp(IngestSettings.Source source, Set<String> roles) {
        SourceMapping mapping = MappingLoader.load(source.mapping());
        if (!source.name().equals(mapping.source())) {
            throw new IllegalStateException("Mapping " + source.mapping() + " is for source '" + mapping.source()
                    + "', not '" + source.name() + "'");
        }
        MappingValidator.validate(source.mapping().toString(), mapping, SourceSchema.columns(source), roles);
        requireFullRowDeletes(source, mapping);
        List<String> tables = List.copyOf(mapping.tables().keySet());
        ChangeApplier applier = new ChangeApplier(
                        this.graph, this.queries, mapping, roles, this.normalizers.forRows(), this.resolver)
                .splittingFrom(this.streamedPartsFrom);
        SourceConnector connector = new SourceConnector(
                source,
                applier,
                tables,
                this.stateDirectory,
                () -> SourceSchema.rows(source, tables),
                this.disk,
                this.meters);
        this.connectors.put(source.name(), connector);
        if (source.mode() == Mode.CONTINUOUS) {
            connector.start();
        } else {
            this.schedules.put(
                    source.name(), this.scheduler.schedule(() -> drain(connector), new CronTrigger(source.cron())));
            log.info("Source {} scheduled: {}", source.name(), source.cron());
        }
    }

    /** Tries an unavailable source again; a mapping problem found now stays in its status. */
    synchronized void retry(IngestSettings.Source source, Set<String> roles) {
        if (!this.unavailable.containsKey(source.name()) || !this.running) {
            return;
        }
        try {
            setUp(source, roles);
            this.unavailable.remove(source.name());
            ScheduledFuture<?> retry = this.retries.remove(source.name());
            if (retry != null) {
                retry.cancel(false);
            }
            log.info("Source {} is available again", source.name());
        } catch (RuntimeException ex) {
            this.unavailable.get(source.name()).failed(ex.getMessage());
        }
    }

    /** Runs the retry of an unavailable source now; false when the name is unknown or not unavailable. */
    public boolean retryNow(String name) {
        IngestSettings.Source source = this.sources.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(null);
        if (source == null || !this.unavailable.containsKey(name)) {
            return false;
        }
        Thread.ofVirtual().start(() -> retry(source, roleCatalog()));
        return true;
    }

    /** The status of a source that could not be set up yet. */
    public Optional<SourceStatus> unavailable(String name) {
        return Optional.ofNullable(this.unavailable.get(name));
    }

    @Override
    public synchronized void stop() {
        this.running = false;
        this.retries.values().forEach(retry -> retry.cancel(false));
        if (this.restarts != null) {
            this.restarts.cancel(false);
        }
        if (this.planKeeping != null) {
            this.planKeeping.cancel(false);
        }
        this.schedules.values().forEach(schedule -> schedule.cancel(false));
        this.connectors.values().forEach(SourceConnector::stop);
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    /** Plans ingestion's statements now ({@link StatementWarmUp}), counted in {@code partygraph.ingest.plans.ahead}. */
    private int planAhead() {
        int planned = StatementWarmUp.run(this.graph, this.queries);
        this.meters.counter(PLANS_AHEAD).increment(planned);
        return planned;
    }

    /**
     * Whether ingestion's statements were planned ahead since the start; true when nothing plans them ahead (the
     * warm-up off, or no source).
     */
    public boolean plannedAhead() {
        return !this.warmUp
                || this.sources.isEmpty()
                || this.meters.counter(PLANS_AHEAD).count() > 0;
    }

    private synchronized List<SourceStatus> connectorStatuses() {
        return this.connectors.values().stream().map(SourceConnector::status).toList();
    }

    /** Statuses of every source. */
    public List<SourceStatus.View> statuses() {
        return Stream.concat(
                        this.connectors.values().stream()
                                .map(connector -> connector.status().view()),
                        this.unavailable.values().stream().map(SourceStatus::view))
                .toList();
    }

    /** Whether a source of this name is configured, whether it runs or could not be set up. */
    public boolean configured(String name) {
        return this.sources.stream().anyMatch(source -> source.name().equals(name));
    }

    /** What applies the rows of a source that is set up (it may be stopped); empty for one that is not. */
    public Optional<ChangeApplier> applier(String name) {
        return Optional.ofNullable(this.connectors.get(name)).map(SourceConnector::applier);
    }

    public Optional<SourceConnector> connector(String name) {
        return Optional.ofNullable(this.connectors.get(name));
    }

    /**
     * Runs the named source now: retries one that could not be set up, drains a scheduled one, restarts a stopped
     * continuous one.
     *
     * @return whether it started, and the source's status
     * @throws NotFoundException when no source has this name
     */
    public Run run(String name) {
        Optional<SourceStatus> waiting = unavailable(name);
        if (waiting.isPresent() && retryNow(name)) {
            return new Run(true, waiting.get().view());
        }
        SourceConnector connector = connector(name).orElseThrow(() -> new NotFoundException("No source " + name));
        return new Run(runNow(connector), connector.status().view());
    }

    /** What asking a source to run did: started, or not because it runs already. */
    public record Run(boolean started, SourceStatus.View status) {}

    /**
     * Runs a source now: a scheduled source drains to the current position and stops; a continuous
     * source that stopped or failed is started again.
     * @return false when the source runs already
     */
    public boolean runNow(SourceConnector connector) {
        if (connector.isRunning()) {
            return false;
        }
        if (connector.settings().mode() == Mode.SCHEDULED) {
            // Started here, so that a second request sees it running at once.
            connector.start();
            Thread.ofVirtual().name("drain-" + connector.name()).start(() -> awaitDrained(connector));
        } else {
            connector.start();
        }
        return true;
    }

    /**
     * Starts the source, waits until it streams (the snapshot, if any, is done) and has been quiet
     * for a while, and stops it. Heartbeats keep a quiet source reporting, so this ends.
     */
    void drain(SourceConnector connector) {
        if (connector.isRunning()) {
            return;
        }
        connector.start();
        awaitDrained(connector);
    }

    private void awaitDrained(SourceConnector connector) {
        Duration quiet = Duration.ofMillis(Math.max(2_000, connector.settings().pollIntervalMs() * 5));
        Instant started = Instant.now();
        while (connector.isRunning()) {
            SourceConnector.sleep(Duration.ofMillis(200));
            SourceStatus.View status = connector.status().view();
            if (status.state() == SourceStatus.State.FAILED) {
                break;
            }
            Instant last = status.lastEvent() != null ? status.lastEvent() : started;
            if (status.state() == SourceStatus.State.STREAMING
                    && Duration.between(last, Instant.now()).compareTo(quiet) > 0) {
                break;
            }
        }
        connector.stop();
        log.info("Source {} drained: {}", connector.name(), connector.status().view());
    }

    /** A delete must still say whose row it was when the tenant is a column rather than the key. */
    private static void requireFullRowDeletes(IngestSettings.Source source, SourceMapping mapping) {
        Set<String> full = SourceSchema.fullReplicaIdentity(source);
        List<String> problems = mapping.tables().keySet().stream()
                .filter(table -> mapping.tenantRule(table).column() != null && !full.contains(table))
                .map(table -> "tables." + table + ": its tenant comes from column "
                        + mapping.tenantRule(table).column()
                        + ", which deletes only carry with ALTER TABLE " + source.schema() + "." + table
                        + " REPLICA IDENTITY FULL")
                .toList();
        if (!problems.isEmpty()) {
            throw new MappingException(source.mapping().toString(), problems);
        }
    }

    private Set<String> roleCatalog() {
        try (var session = this.driver.session()) {
            return session
                    .executeRead(tx -> tx.run(
                                    this.queries.get("role-catalog"),
                                    Map.of("tenant", Tenant.SYSTEM, "catalog", Tenant.CATALOG))
                            .list())
                    .stream()
                    .map(row -> row.get("code").asString())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
