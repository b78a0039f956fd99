package com.partygraph.query;

import com.partygraph.graph.neo4j.Graph;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The installation's open work as gauges, read from the graph every 30 s: {@code partygraph.sync.errors.open}
 * by source and kind of reason, and {@code partygraph.review.open} (open match suggestions, the review queue of
 * every tenant). A read that fails keeps the last figures, counts {@code partygraph.metrics.refresh.failures}
 * and is logged.
 */
@Component
class OpenWorkMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OpenWorkMetrics.class);

    private static final Duration EVERY = Duration.ofSeconds(30);

    private final Graph graph;

    private final MultiGauge syncErrors;

    private final AtomicLong openSuggestions = new AtomicLong();

    private final Counter failures;

    private volatile ScheduledExecutorService refreshing;

    OpenWorkMetrics(Graph graph, MeterRegistry registry) {
        this.graph = graph;
        this.syncErrors = MultiGauge.builder("partygraph.sync.errors.open")
                .description("Open sync errors by source and kind of reason")
                .register(registry);
        Gauge.builder("partygraph.review.open", this.openSuggestions, AtomicLong::get)
                .description("Open match suggestions waiting for a steward, every tenant")
                .register(registry);
        this.failures = Counter.builder("partygraph.metrics.refresh.failures")
                .description("Reads of the open-work figures that failed (the last figures are kept)")
                .register(registry);
    }

    void refresh() {
        try {
            var row = this.graph.read("metrics-open-work", Map.of()).get(0);
            List<MultiGauge.Row<?>> rows = row.get("syncErrors").asList(Value::asMap).stream()
                    .map(error -> MultiGauge.Row.of(
                            Tags.of(
                                    "source",
                                    String.valueOf(error.get("source")),
                                    "kind",
                                    String.valueOf(error.get("kind"))),
                            ((Number) error.get("errors")).doubleValue()))
                    .<MultiGauge.Row<?>>map(r -> r)
                    .toList();
            this.syncErrors.register(rows, true);
            this.openSuggestions.set(row.get("openSuggestions").asLong());
        } catch (RuntimeException ex) {
            this.failures.increment();
            log.warn("Could not read the open-work figures; the metrics keep the last ones: {}", ex.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("open-work-metrics").factory());
        executor.scheduleAtFixedRate(this::refresh, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
        this.refreshing = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = this.refreshing;
        if (running != null) {
            running.shutdownNow();
        }
        this.refreshing = null;
    }

    @Override
    public boolean isRunning() {
        return this.refreshing != null;
    }
}
