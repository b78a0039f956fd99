package com.partygraph.erasure;

import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.resolution.Resolver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Erasure, and the sweep that erases deleted records' raw rows after their retention, every
 * {@code partygraph.erasure.sweep-interval} on a daemon thread. A sweep that fails is logged and counted
 * ({@code partygraph.erasure.sweep.failures}) and tried again at the next interval; what it erased is
 * counted in {@code partygraph.erasure.records}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErasureSettings.class)
class ErasureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErasureConfiguration.class);

    @Bean
    Erasure erasure(Driver driver, CypherQueries queries, Resolver resolver, ErasureSettings settings) {
        return new Erasure(driver, queries, resolver, settings);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService erasureSweep(Erasure erasure, ErasureSettings settings, MeterRegistry meters) {
        Counter erased = meters.counter("partygraph.erasure.records");
        Counter failures = meters.counter("partygraph.erasure.sweep.failures");
        ScheduledExecutorService sweep = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "erasure-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        sweep.scheduleWithFixedDelay(
                () -> {
                    try {
                        erased.increment(erasure.sweep());
                    } catch (RuntimeException ex) {
                        failures.increment();
                        log.error(
                                "Erasing deleted records past their retention failed; trying again in {}",
                                settings.sweepInterval(),
                                ex);
                    }
                },
                interval,
                interval,
                TimeUnit.MILLISECONDS);
        return sweep;
    }
}
