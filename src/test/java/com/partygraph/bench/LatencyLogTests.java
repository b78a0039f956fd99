package com.partygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyLogTests {

    @Test
    void percentilesOfTheLastLatenciesAndOfARangeOfThem() {
        LatencyLog log = new LatencyLog(64);
        for (long millis = 1; millis <= 100; millis++) {
            log.add(millis);
        }
        // The log holds the last 64 (37..100).
        assertThat(log.percentile(50, 10)).isEqualTo(95);
        assertThat(log.percentile(100, 1_000)).isEqualTo(100);
        assertThat(log.percentile(0, 1_000)).isEqualTo(37);
        assertThat(log.percentile(95, 40, 60)).isEqualTo(59);
        assertThat(log.percentile(95, 0, 40)).as("only 37..40 are still held").isEqualTo(40);
        assertThat(log.percentile(95, 0, 20)).as("none held").isNull();
    }
}
