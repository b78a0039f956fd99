package com.partygraph.ingest;

import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.mapping.RowNormalizers;
import com.partygraph.ingest.reconcile.ReconcileCommand;
import com.partygraph.ingest.reconcile.Reconciler;
import com.partygraph.ingest.reconcile.TrainingRun;
import com.partygraph.ingest.source.GraphDisk;
import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.IngestionHealth;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.ingest.write.DriverWork;
import com.partygraph.ingest.write.EmbeddedWork;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.resolution.Resolver;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Ingestion beans: the demo PostgreSQL when no source is configured, and the sources' connectors.
 * The demo database is closed after the connectors stop (a lifecycle stops before beans are destroyed).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** Neo4j's own {@code dbms.cypher.min_replan_interval}, which an external server has unless set otherwise. */
    private static final Duration NEO4J_REPLAN_INTERVAL = Duration.ofSeconds(10);

    @Bean(destroyMethod = "close")
    DemoPostgres demoPostgres(IngestSettings settings) {
        // Only the demo source uses it; with sources configured (or ingestion off) it is not started.
        boolean wanted = settings.enabled() && settings.demo().enabled() && !settings.hasSources();
        return wanted ? new DemoPostgres(settings.demo()) : null;
    }

    /** In-process against the embedded database when there is one; over the driver otherwise. */
    @Bean
    GraphWork ingestionGraphWork(IngestSettings settings, Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        return neo4j != null
                ? new EmbeddedWork(neo4j.database(), settings.writerThreads())
                : new DriverWork(driver, settings.writerThreads());
    }

    @Bean
    Ingestion ingestion(
            IngestSettings settings,
            Driver driver,
            GraphWork graph,
            CypherQueries queries,
            RowNormalizers normalizers,
            Resolver resolver,
            ObjectProvider<DemoPostgres> demo,
            ObjectProvider<EmbeddedNeo4j> embedded,
            MeterRegistry meters) {
        DemoPostgres demoPostgres = demo.getIfAvailable();
        List<IngestSettings.Source> sources = !settings.enabled()
                ? List.of()
                : settings.hasSources()
                        ? settings.sources()
                        : demoPostgres != null ? List.of(demoPostgres.source()) : List.of();
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("ingest-schedule-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        GraphDisk disk = neo4j != null ? new GraphDisk(neo4j.directory(), settings.minFreeDisk()) : GraphDisk.EXTERNAL;
        Duration replanInterval = neo4j != null ? neo4j.replanInterval() : NEO4J_REPLAN_INTERVAL;
        return new Ingestion(
                sources,
                settings,
                disk,
                driver,
                graph,
                queries,
                normalizers,
                resolver,
                scheduler,
                meters,
                replanInterval);
    }

    @Bean
    Reconciler reconciler(Driver driver, CypherQueries queries) {
        return new Reconciler(driver, queries);
    }

    @Bean
    ReconcileCommand reconcileCommand(
            Ingestion ingestion, Reconciler reconciler, ConfigurableApplicationContext context) {
        return new ReconcileCommand(ingestion, reconciler, context);
    }

    @Bean
    TrainingRun trainingRun(ReconcileCommand reconcile, Ingestion ingestion, ConfigurableApplicationContext context) {
        return new TrainingRun(reconcile, ingestion::plannedAhead, context);
    }

    @Bean
    IngestionHealth ingestionHealthIndicator(Ingestion ingestion) {
        return new IngestionHealth(ingestion);
    }
}
