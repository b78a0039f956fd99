package com.partygraph.graph.neo4j;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.neo4j.io.pagecache.monitoring.PageCacheCounters;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded Neo4j's page cache as Micrometer meters ({@code neo4j.page.cache.*}): hits, faults (reads from
 * disk), evictions, bytes read and written, and the hit ratio. An external Neo4j reports its own (its Prometheus
 * endpoint).
 */
final class PageCacheMetrics implements MeterBinder {

    private final EmbeddedNeo4j neo4j;

    PageCacheMetrics(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        PageCacheCounters counters = ((GraphDatabaseAPI) this.neo4j.database())
                .getDependencyResolver()
                .resolveDependency(PageCacheCounters.class);
        counter(registry, counters, "hits", "page requests served from memory", PageCacheCounters::hits);
        counter(registry, counters, "faults", "page requests that read from disk", PageCacheCounters::faults);
        counter(registry, counters, "evictions", "pages evicted", PageCacheCounters::evictions);
        counter(registry, counters, "bytes.read", "bytes read from disk", PageCacheCounters::bytesRead);
        counter(registry, counters, "bytes.written", "bytes written to disk", PageCacheCounters::bytesWritten);
        Gauge.builder("neo4j.page.cache.hit.ratio", counters, PageCacheCounters::hitRatio)
                .description("Share of page requests served from memory")
                .register(registry);
    }

    private static void counter(
            MeterRegistry registry,
            PageCacheCounters counters,
            String name,
            String description,
            ToDoubleFunction<PageCacheCounters> value) {
        FunctionCounter.builder("neo4j.page.cache." + name, counters, value)
                .description(description)
                .register(registry);
    }
}
