package com.partygraph.bench;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.io.pagecache.monitoring.PageCacheCounters;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.context.ApplicationContext;

/**
 * What the embedded Neo4j's page cache did between two readings (page requests served from memory, pages read from
 * disk, pages evicted): a store larger than the page cache makes writes fault and evict pages.
 */
record PageCacheUse(long hits, long faults, long evictions) {

    static PageCacheUse of(ApplicationContext app) {
        PageCacheCounters counters = ((GraphDatabaseAPI)
                        app.getBean(EmbeddedNeo4j.class).database())
                .getDependencyResolver()
                .resolveDependency(PageCacheCounters.class);
        return new PageCacheUse(counters.hits(), counters.faults(), counters.evictions());
    }

    /** What happened since {@code before}, for a report. */
    Map<String, Object> since(PageCacheUse before) {
        long hits = this.hits - before.hits;
        long faults = this.faults - before.faults;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("faults", faults);
        figures.put("evictions", this.evictions - before.evictions);
        figures.put("hitPercent", hits + faults == 0 ? 100.0 : Math.round(100_000.0 * hits / (hits + faults)) / 1000.0);
        return figures;
    }
}
