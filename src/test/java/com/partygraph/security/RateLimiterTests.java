package com.partygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private final RateLimiter limiter = new RateLimiter(2, 3, this.now::get);

    @Test
    void aBurstGoesAtOnceThenTheCallerIsToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.limiter.acquire("k1"))
                    .as("request %d of the burst", i + 1)
                    .isZero();
        }
        assertThat(this.limiter.acquire("k1"))
                .as("seconds to wait at 2 a second")
                .isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheRateAndNeverAboveTheBurst() {
        for (int i = 0; i < 3; i++) {
            this.limiter.acquire("k1");
        }
        advance(0.5);
        assertThat(this.limiter.acquire("k1"))
                .as("one token back after half a second")
                .isZero();
        assertThat(this.limiter.acquire("k1")).isEqualTo(1);
        advance(3600);
        for (int i = 0; i < 3; i++) {
            assertThat(this.limiter.acquire("k1")).isZero();
        }
        assertThat(this.limiter.acquire("k1"))
                .as("an hour idle still refills only the burst")
                .isEqualTo(1);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            this.limiter.acquire("k1");
        }
        assertThat(this.limiter.acquire("k1")).isPositive();
        assertThat(this.limiter.acquire("k2")).isZero();
    }

    @Test
    void aSlowRateAsksForMoreThanASecond() {
        RateLimiter slow = new RateLimiter(0.1, 1, this.now::get);
        assertThat(slow.acquire("k")).isZero();
        assertThat(slow.acquire("k")).isEqualTo(10);
    }

    private void advance(double seconds) {
        this.now.addAndGet((long) (seconds * 1e9));
    }
}
