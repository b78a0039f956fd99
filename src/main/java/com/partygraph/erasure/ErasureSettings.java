package com.partygraph.erasure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.erasure.*}.
 *
 * @param deletedRetention how long a deleted source record keeps its raw row and the fields read from it
 * (for audit and for undoing a mistaken delete at the source); after that only its keys stay
 * @param sweepInterval how often deleted records past their retention are looked for
 */
@ConfigurationProperties("partygraph.erasure")
public record ErasureSettings(
        @DefaultValue("30d") Duration deletedRetention,
        @DefaultValue("1h") Duration sweepInterval) {

    public ErasureSettings {
        if (deletedRetention.isNegative() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException(
                    "partygraph.erasure: retention must not be negative and the sweep " + "interval must be positive");
        }
    }
}
