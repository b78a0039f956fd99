package com.partygraph.ingest.source;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Actuator's {@code ingestion} component: down when a source failed, with every source's figures. */
public class IngestionHealth implements HealthIndicator {

    private final Ingestion ingestion;

    public IngestionHealth(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public Health health() {
        var statuses = this.ingestion.statuses();
        boolean failed = statuses.stream().anyMatch(status -> status.state() == SourceStatus.State.FAILED);
        Health.Builder health = failed ? Health.down() : Health.up();
        statuses.forEach(status -> health.withDetail(status.source(), status));
        return health.build();
    }
}
