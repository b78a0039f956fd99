package com.partygraph.resolution;

import com.partygraph.graph.neo4j.CypherQueries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The resolution engine, its tenants' records read from the graph. */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    Resolver resolver(ResolutionSettings settings, Driver driver, CypherQueries queries, MeterRegistry meters) {
        return new Resolver(settings, new GraphTenantRecords(driver, queries), metrics(meters));
    }

    /**
     * {@code partygraph.resolution.decisions} by method (auto, new, kept, rule), the candidate records
     * scored per record, merges and suggestions: {@code /actuator/metrics/partygraph.resolution.*}.
     */
    static ResolutionListener metrics(MeterRegistry meters) {
        DistributionSummary candidates = DistributionSummary.builder("partygraph.resolution.candidates")
                .description("Candidate records scored per resolved record")
                .register(meters);
        Counter merges = meters.counter("partygraph.resolution.merges");
        Counter suggestions = meters.counter("partygraph.resolution.suggestions");
        return (tenant, decision) -> {
            meters.counter("partygraph.resolution.decisions", "method", decision.method())
                    .increment();
            candidates.record(decision.candidates());
            merges.increment(decision.absorbed().size());
            suggestions.increment(decision.suggestions().size());
        };
    }
}
